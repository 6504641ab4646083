namespace Warehouse.Devices.Printers;

/// <summary>Bytes could not be delivered to the printer; nothing is known to have been printed.</summary>
public sealed class PrinterUnreachableException(string message, Exception? inner = null) : IOException(message, inner);
