namespace Warehouse.Devices.Serial;

/// <summary>
/// A serial port opened by name (prefer <c>/dev/serial/by-id/…</c>) that survives unplugging: when the
/// device goes it is closed, reported as <see cref="DeviceHealth.Gone"/>, and reopened by name on a
/// growing back-off, the link resolved anew each time, without anyone above it restarting.
/// Reads and writes at most one at a time each.
/// </summary>
public sealed class ReconnectingSerialLine : IDeviceLine
{
    private const string NotOpenedYet = "not opened yet";
    private readonly string _path;
    private readonly SerialSettings _settings;
    private readonly ReconnectOptions _options;
    private readonly Lock _gate = new();
    private SerialPortConnection? _port;
    private DateTimeOffset _nextAttempt;
    private TimeSpan _retry = TimeSpan.Zero;
    private bool _disposed;

    public ReconnectingSerialLine(string path, SerialSettings settings, ReconnectOptions? options = null)
    {
        SerialPortConnection.Check(settings);
        _path = path;
        _settings = settings;
        _options = options ?? new ReconnectOptions();
    }

    public string Name => _path;

    public string Path => _path;

    public SerialSettings Settings => _settings;

    public DeviceHealth Health { get; private set; } = new DeviceHealth.Gone(NotOpenedYet, DateTimeOffset.MinValue);

    public event Action<DeviceHealth>? HealthChanged;

    /// <summary>True while the port is open and its bytes go through our copy of its descriptor (ADR 15).</summary>
    internal bool ReadsOwnDescriptor
    {
        get { lock (_gate) return _port?.ReadsOwnDescriptor == true; }
    }

    public async Task<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var port = await OpenOrWaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        if (port is null) return 0;
        try
        {
            int n = await port.Io.ReadAsync(buffer, timeout, cancellationToken).ConfigureAwait(false);
            if (n > 0) return n;
            // Nothing came: make sure that is silence, not a handle the device left behind.
            if (port.Staleness() is { } why) throw new DeviceGoneException(_path, why);
            return 0;
        }
        catch (DeviceGoneException e)
        {
            Lose(port, e.Reason);
            throw;
        }
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var port = TryOpen() ?? throw new DeviceGoneException(_path, Health is DeviceHealth.Gone g ? g.Reason : "not open");
        try
        {
            // On a stale handle the bytes would go nowhere, without an error.
            if (port.Staleness() is { } why) throw new DeviceGoneException(_path, why);
            await port.Io.WriteAsync(data, _options.WriteTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceGoneException e)
        {
            Lose(port, e.Reason);
            throw;
        }
        catch (TimeoutException) when (port.Staleness() is { } why)
        {
            Lose(port, why);
            throw new DeviceGoneException(_path, why);
        }
    }

    private async Task<SerialPortConnection?> OpenOrWaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (TryOpen() is { } port) return port;
        var wait = _nextAttempt - _options.Clock.GetUtcNow();
        if (wait > timeout && timeout != Timeout.InfiniteTimeSpan) wait = timeout;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _options.Clock, cancellationToken).ConfigureAwait(false);
        return TryOpen();
    }

    private SerialPortConnection? TryOpen()
    {
        DeviceHealth? changed = null;
        SerialPortConnection? port;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_port is not null) return _port;
            var now = _options.Clock.GetUtcNow();
            if (now < _nextAttempt) return null;
            try
            {
                _port = SerialPortConnection.Open(_path, _settings, _options.Clock);
                _retry = TimeSpan.Zero;
                changed = Health = new DeviceHealth.Online(now);
            }
            catch (IOException e)
            {
                _retry = _retry == TimeSpan.Zero ? _options.FirstRetry : Min(_retry * 2, _options.LongestRetry);
                _nextAttempt = now + _retry;
                string reason = e is DeviceGoneException gone ? gone.Reason : e.Message;
                // Announce going away once, not on every failed reopen; the latest reason is kept.
                bool announced = Health is DeviceHealth.Gone { Reason: not NotOpenedYet };
                Health = new DeviceHealth.Gone(reason, announced ? Health.Since : now);
                if (!announced) changed = Health;
            }

            port = _port;
        }

        if (changed is not null) HealthChanged?.Invoke(changed);
        return port;
    }

    private void Lose(SerialPortConnection port, string reason)
    {
        DeviceHealth changed;
        lock (_gate)
        {
            if (_port != port) return;
            _port = null;
            port.Dispose();
            var now = _options.Clock.GetUtcNow();
            _retry = _options.FirstRetry;
            _nextAttempt = now + _retry;
            changed = Health = new DeviceHealth.Gone(reason, now);
        }

        HealthChanged?.Invoke(changed);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _port?.Dispose();
            _port = null;
        }
    }
}
