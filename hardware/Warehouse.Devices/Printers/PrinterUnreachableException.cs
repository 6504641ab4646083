namespace Warehouse.Devices.Printers;

/// <summary>
/// Bytes could not be delivered to the printer. <see cref="NothingSent"/> is true when no
/// connection was made, so the job can safely be tried again; otherwise part of it may have arrived.
/// </summary>
public sealed class PrinterUnreachableException(string message, bool nothingSent, Exception? inner = null) : IOException(message, inner)
{
    public bool NothingSent => nothingSent;
}
