namespace Warehouse.Devices.Serial;

/// <summary>
/// A device behind a <see cref="Stream"/> someone else opened (a test's pipe, a port opened by the
/// caller), as dotnet/iot's bindings take one. It cannot be reopened: once the stream fails or ends
/// the device stays <see cref="DeviceHealth.Gone"/>, and reads wait out their timeout and return 0.
/// </summary>
public sealed class StreamLine : IDeviceLine
{
    private readonly TimedStream _io;
    private readonly ReconnectOptions _options;
    private readonly Lock _gate = new();

    /// <param name="shouldDispose">Whether disposing the line disposes <paramref name="stream"/>.</param>
    public StreamLine(Stream stream, bool shouldDispose = true, string name = "stream", ReconnectOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _options = options ?? new ReconnectOptions();
        Name = name;
        _io = new TimedStream(stream, shouldDispose, name, _options.Clock);
        Health = new DeviceHealth.Online(_options.Clock.GetUtcNow());
    }

    public string Name { get; }

    public DeviceHealth Health { get; private set; }

    public event Action<DeviceHealth>? HealthChanged;

    public async Task<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!Health.IsOnline)
        {
            if (timeout > TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan)
                await Task.Delay(timeout, _options.Clock, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        try
        {
            return await _io.ReadAsync(buffer, timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceGoneException e)
        {
            Lose(e.Reason);
            throw;
        }
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (Health is DeviceHealth.Gone gone) throw new DeviceGoneException(Name, gone.Reason);
        try
        {
            await _io.WriteAsync(data, _options.WriteTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceGoneException e)
        {
            Lose(e.Reason);
            throw;
        }
    }

    private void Lose(string reason)
    {
        DeviceHealth changed;
        lock (_gate)
        {
            if (!Health.IsOnline) return;
            changed = Health = new DeviceHealth.Gone(reason, _options.Clock.GetUtcNow());
        }

        HealthChanged?.Invoke(changed);
    }

    public void Dispose() => _io.Dispose();
}
