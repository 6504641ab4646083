namespace Warehouse.Devices.Serial;

/// <summary>
/// A serial line that survives unplugging: when the device goes it is closed, reported as
/// <see cref="DeviceHealth.Gone"/>, and reopened by path on a growing back-off, without
/// anyone above it restarting. Reads and writes at most one at a time each.
/// </summary>
public sealed class ReconnectingSerialLine(string path, SerialSettings settings, ReconnectOptions? options = null) : IDisposable
{
    private readonly ReconnectOptions _options = options ?? new ReconnectOptions();
    private readonly Lock _gate = new();
    private SerialLine? _line;
    private DateTimeOffset _nextAttempt;
    private TimeSpan _retry = TimeSpan.Zero;
    private bool _disposed;

    public string Path => path;

    public SerialSettings Settings => settings;

    public DeviceHealth Health { get; private set; } = new DeviceHealth.Gone(NotOpenedYet, DateTimeOffset.MinValue);

    private const string NotOpenedYet = "not opened yet";

    public event Action<DeviceHealth>? HealthChanged;

    /// <summary>
    /// Bytes that arrived within <paramref name="timeout"/>, or 0. While the device is away this
    /// waits for the next reopen attempt instead. Throws <see cref="DeviceGoneException"/> once when
    /// the device goes, so a reader can drop a half-received message.
    /// </summary>
    public async Task<int> ReadAsync(Memory<byte> buffer, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var line = await OpenOrWaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        if (line is null) return 0;
        try
        {
            return await line.ReadAsync(buffer, timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceGoneException e)
        {
            Lose(line, e.Reason);
            throw;
        }
    }

    /// <summary>Writes to the device, or throws <see cref="DeviceGoneException"/> if it is not there.</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var line = TryOpen() ?? throw new DeviceGoneException(path, Health is DeviceHealth.Gone g ? g.Reason : "not open");
        try
        {
            await line.WriteAsync(data, _options.WriteTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceGoneException e)
        {
            Lose(line, e.Reason);
            throw;
        }
    }

    private async Task<SerialLine?> OpenOrWaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (TryOpen() is { } line) return line;
        var wait = _nextAttempt - _options.Clock.GetUtcNow();
        if (wait > timeout && timeout != Timeout.InfiniteTimeSpan) wait = timeout;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _options.Clock, cancellationToken).ConfigureAwait(false);
        return TryOpen();
    }

    private SerialLine? TryOpen()
    {
        DeviceHealth? changed = null;
        SerialLine? line;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_line is not null) return _line;
            var now = _options.Clock.GetUtcNow();
            if (now < _nextAttempt) return null;
            try
            {
                _line = SerialLine.Open(path, settings);
                _retry = TimeSpan.Zero;
                changed = Health = new DeviceHealth.Online(now);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _retry = _retry == TimeSpan.Zero ? _options.FirstRetry : Min(_retry * 2, _options.LongestRetry);
                _nextAttempt = now + _retry;
                string reason = e is DeviceGoneException gone ? gone.Reason : e.Message;
                // Announce going away once, not on every failed reopen; the latest reason is kept.
                bool announced = Health is DeviceHealth.Gone { Reason: not NotOpenedYet };
                Health = new DeviceHealth.Gone(reason, announced ? Health.Since : now);
                if (!announced) changed = Health;
            }

            line = _line;
        }

        if (changed is not null) HealthChanged?.Invoke(changed);
        return line;
    }

    private void Lose(SerialLine line, string reason)
    {
        DeviceHealth changed;
        lock (_gate)
        {
            if (_line != line) return;
            _line = null;
            line.Dispose();
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
            _line?.Dispose();
            _line = null;
        }
    }
}
