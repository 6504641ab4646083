using System.Text;
using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Scales;

/// <summary>
/// A shipping scale on a serial line, asked for its weight on a poll. <see cref="ReadingChanged"/>
/// follows every state for display; <see cref="StableWeightChanged"/> fires only when a stable
/// weight differs from the last one, and only stable weights may be used to ship.
/// </summary>
public sealed class SerialScale : IAsyncDisposable
{
    private readonly SerialScaleOptions _options;
    private readonly IDeviceLine _line;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly List<byte> _pending = [];
    private readonly byte[] _buffer = new byte[512];
    private readonly CancellationTokenSource _stopping = new();
    private Task? _running;
    private int? _lastStableGrams;
    private bool _answerMayBeLate;

    /// <summary>A scale on the serial port <paramref name="path"/>, with the line settings of its protocol.</summary>
    public SerialScale(string path, SerialScaleOptions? options = null)
        : this(options ?? new SerialScaleOptions(), o => new ReconnectingSerialLine(path, o.Protocol.Settings, o.Reconnect))
    {
    }

    /// <summary>A scale spoken to over <paramref name="stream"/>; <paramref name="shouldDispose"/> says whether disposing the scale disposes it.</summary>
    public SerialScale(Stream stream, bool shouldDispose = true, SerialScaleOptions? options = null)
        : this(options ?? new SerialScaleOptions(), o => new StreamLine(stream, shouldDispose, "scale stream", o.Reconnect))
    {
    }

    private SerialScale(SerialScaleOptions options, Func<SerialScaleOptions, IDeviceLine> line)
    {
        _options = options;
        _line = line(options);
        Current = new ScaleReading.NoAnswer("not asked yet", _options.Clock.GetUtcNow());
    }

    /// <summary>Opens the scale and starts polling it.</summary>
    public static SerialScale Start(string path, SerialScaleOptions? options = null) => Started(new SerialScale(path, options));

    /// <summary>Starts polling the scale behind <paramref name="stream"/>.</summary>
    public static SerialScale Start(Stream stream, bool shouldDispose = true, SerialScaleOptions? options = null) =>
        Started(new SerialScale(stream, shouldDispose, options));

    private static SerialScale Started(SerialScale scale)
    {
        scale._running = scale.RunAsync(scale._stopping.Token);
        return scale;
    }

    /// <summary>The port's name, or a description of the stream.</summary>
    public string Path => _line.Name;

    public ScaleProtocol Protocol => _options.Protocol;

    public ScaleReading Current { get; private set; }

    /// <summary>The last stable weight, or null while there is none to ship with.</summary>
    public ScaleReading.Stable? StableWeight => Current as ScaleReading.Stable;

    public DeviceHealth Health => _line.Health;

    public event Action<ScaleReading>? ReadingChanged;

    public event Action<ScaleReading.Stable>? StableWeightChanged;

    public event Action<DeviceHealth>? HealthChanged
    {
        add => _line.HealthChanged += value;
        remove => _line.HealthChanged -= value;
    }

    /// <summary>Polls until cancelled; use this or <see cref="Start"/>, not both.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await ReadAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(_options.PollInterval, _options.Clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Asks for the weight once; never throws for scale trouble.</summary>
    public async Task<ScaleReading> ReadAsync(CancellationToken cancellationToken = default)
    {
        var (frame, failure) = await AskAsync(_options.Protocol.WeighCommand, cancellationToken).ConfigureAwait(false);
        var now = _options.Clock.GetUtcNow();
        var reading = frame is null
            ? new ScaleReading.NoAnswer(failure!, now)
            : _options.Protocol.Answers.ReadWeight(frame, _options.Unit, now);
        Publish(reading);
        return reading;
    }

    public Task<ScaleCommandResult> ZeroAsync(CancellationToken cancellationToken = default) => CommandAsync(_options.Protocol.ZeroCommand, cancellationToken);

    public Task<ScaleCommandResult> TareAsync(CancellationToken cancellationToken = default) => CommandAsync(_options.Protocol.TareCommand, cancellationToken);

    public Task<ScaleCommandResult> ClearTareAsync(CancellationToken cancellationToken = default) => CommandAsync(_options.Protocol.ClearTareCommand, cancellationToken);

    private async Task<ScaleCommandResult> CommandAsync(string command, CancellationToken cancellationToken)
    {
        var (frame, failure) = await AskAsync(command, cancellationToken).ConfigureAwait(false);
        return frame is null ? ScaleCommandResult.Refused(failure!) : _options.Protocol.Answers.ReadCommandAnswer(frame);
    }

    private void Publish(ScaleReading reading)
    {
        var previous = Current;
        Current = reading;
        if (!reading.SameAs(previous)) ReadingChanged?.Invoke(reading);
        if (reading is ScaleReading.Stable stable && stable.Grams != _lastStableGrams)
        {
            _lastStableGrams = stable.Grams;
            StableWeightChanged?.Invoke(stable);
        }
    }

    private async Task<(byte[]? Frame, string? Failure)> AskAsync(string command, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A late answer to an earlier question must not answer this one.
            _pending.Clear();
            while (_answerMayBeLate && await _line.ReadAsync(_buffer, TimeSpan.Zero, cancellationToken).ConfigureAwait(false) > 0)
            {
            }

            _answerMayBeLate = false;
            await _line.WriteAsync(Encoding.ASCII.GetBytes(command), cancellationToken).ConfigureAwait(false);
            var deadline = _options.Clock.GetUtcNow() + _options.AnswerTimeout;
            while (true)
            {
                int end = _pending.IndexOf(_options.Protocol.FrameEnd);
                if (end >= 0)
                {
                    var frame = _pending.GetRange(0, end).ToArray();
                    _pending.RemoveRange(0, end + 1);
                    if (frame.AsSpan().Trim("\r\n "u8).IsEmpty) continue;
                    return (frame, null);
                }

                if (_pending.Count > 1024) return (null, "answer too long without a frame end");
                var left = deadline - _options.Clock.GetUtcNow();
                if (left <= TimeSpan.Zero && (_answerMayBeLate = true)) return (null, $"no answer to '{command.Trim()}' within {_options.AnswerTimeout.TotalMilliseconds:0} ms");
                int n = await _line.ReadAsync(_buffer, left, cancellationToken).ConfigureAwait(false);
                _pending.AddRange(_buffer.AsSpan(0, n));
            }
        }
        catch (DeviceGoneException e)
        {
            return (null, $"scale gone: {e.Reason}");
        }
        catch (Exception e) when (e is IOException or TimeoutException)
        {
            return (null, e.Message);
        }
        finally
        {
            _turn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_running is not null)
        {
            try
            {
                await _running.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        _line.Dispose();
        _stopping.Dispose();
    }
}
