namespace Warehouse.Devices.Serial;

/// <summary>
/// A byte line to a device, as a driver uses it: reads that wait at most a timeout, writes, and the
/// device's health. <see cref="StreamLine"/> is any <see cref="Stream"/> (tests hand one in);
/// <see cref="ReconnectingSerialLine"/> is a serial port opened by name and reopened after unplugging.
/// </summary>
public interface IDeviceLine : IDisposable
{
    /// <summary>The device's name (a path such as <c>/dev/serial/by-id/…</c>, or a stream's description).</summary>
    string Name { get; }

    DeviceHealth Health { get; }

    event Action<DeviceHealth>? HealthChanged;

    /// <summary>
    /// Bytes that arrived within <paramref name="timeout"/>, or 0. Throws <see cref="DeviceGoneException"/>
    /// once when the device goes, so a reader can drop a half-received message; while it is away this
    /// waits out the timeout and returns 0.
    /// </summary>
    Task<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Writes everything, or throws <see cref="DeviceGoneException"/> (not there) or <see cref="TimeoutException"/>.</summary>
    Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);
}
