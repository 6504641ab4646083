namespace Warehouse.Devices;

/// <summary>The device went away (unplugged, powered off, other end closed): close and reopen later.</summary>
public sealed class DeviceGoneException(string path, string reason) : IOException($"{path}: device gone ({reason})")
{
    public string Path => path;

    public string Reason => reason;
}
