using System.Threading.Channels;
using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Scanners;

/// <summary>
/// A barcode scanner on a serial line (or a USB scanner in CDC/serial mode). Codes and faults come
/// out of <see cref="Events"/>. Opened by name, unplugging is reported and the scanner is picked up
/// again when it returns, without restarting anything; given a <see cref="Stream"/>, it reads that
/// until it ends.
/// </summary>
public sealed class SerialScanner : IAsyncDisposable
{
    private readonly SerialScannerOptions _options;
    private readonly IDeviceLine _line;
    private readonly ScanLineFramer _framer;
    private readonly Channel<ScannerEvent> _events = Channel.CreateBounded<ScannerEvent>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = true });
    private readonly CancellationTokenSource _stopping = new();
    private Task? _running;

    /// <summary>A scanner on the serial port <paramref name="path"/> (prefer <c>/dev/serial/by-id/…</c>).</summary>
    public SerialScanner(string path, SerialScannerOptions? options = null)
        : this(options ?? new SerialScannerOptions(), o => new ReconnectingSerialLine(path, o.Settings, o.Reconnect))
    {
    }

    /// <summary>A scanner whose bytes come from <paramref name="stream"/>; <paramref name="shouldDispose"/> says whether disposing the scanner disposes it.</summary>
    public SerialScanner(Stream stream, bool shouldDispose = true, SerialScannerOptions? options = null)
        : this(options ?? new SerialScannerOptions(), o => new StreamLine(stream, shouldDispose, "scanner stream", o.Reconnect))
    {
    }

    private SerialScanner(SerialScannerOptions options, Func<SerialScannerOptions, IDeviceLine> line)
    {
        _options = options;
        _line = line(options);
        _framer = new ScanLineFramer(_options);
    }

    /// <summary>Opens <paramref name="path"/> and starts reading at once.</summary>
    public static SerialScanner Start(string path, SerialScannerOptions? options = null) =>
        Started(new SerialScanner(path, options));

    /// <summary>Starts reading <paramref name="stream"/> at once.</summary>
    public static SerialScanner Start(Stream stream, bool shouldDispose = true, SerialScannerOptions? options = null) =>
        Started(new SerialScanner(stream, shouldDispose, options));

    private static SerialScanner Started(SerialScanner scanner)
    {
        scanner._running = scanner.RunAsync(scanner._stopping.Token);
        return scanner;
    }

    /// <summary>The port's name, or a description of the stream.</summary>
    public string Path => _line.Name;

    /// <summary>Codes and faults, in the order they happened. Oldest are dropped if nobody reads.</summary>
    public ChannelReader<ScannerEvent> Events => _events.Reader;

    public DeviceHealth Health => _line.Health;

    public event Action<DeviceHealth>? HealthChanged
    {
        add => _line.HealthChanged += value;
        remove => _line.HealthChanged -= value;
    }

    /// <summary>Reads until cancelled; use this or <see cref="Start"/>, not both.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (!cancellationToken.IsCancellationRequested)
        {
            int n;
            try
            {
                n = await _line.ReadAsync(buffer, _options.IncompleteLineTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (DeviceGoneException e)
            {
                Publish(_framer.Abandon(ScannerFaultKind.DeviceGone, $"scanner gone ({e.Reason})", Now));
                continue;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (IOException e)
            {
                // Anything else the line throws is reported, never allowed to end the loop.
                Publish(new ScannerFault(ScannerFaultKind.DeviceGone, e.Message, Now));
                await Task.Delay(_options.Reconnect.FirstRetry, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (n == 0)
            {
                Publish(_framer.Abandon(ScannerFaultKind.Incomplete, $"no suffix within {_options.IncompleteLineTimeout.TotalMilliseconds:0} ms", Now));
                continue;
            }

            foreach (var e in _framer.Feed(buffer.AsSpan(0, n), Now)) Publish(e);
        }
    }

    private void Publish(ScannerEvent? e)
    {
        if (e is not null) _events.Writer.TryWrite(e);
    }

    private DateTimeOffset Now => _options.Clock.GetUtcNow();

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
        _events.Writer.TryComplete();
        _stopping.Dispose();
    }
}
