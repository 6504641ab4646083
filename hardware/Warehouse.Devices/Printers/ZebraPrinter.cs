using System.Text;

namespace Warehouse.Devices.Printers;

/// <summary>
/// A Zebra printer spoken to in ZPL over one link. Keeps one connection open and drops it
/// after any failure or timeout, so that a late answer can never be taken for the next one.
/// </summary>
public sealed class ZebraPrinter(IPrinterLink link, ZebraPrinterOptions? options = null) : IAsyncDisposable
{
    private readonly ZebraPrinterOptions _options = options ?? new ZebraPrinterOptions();
    private readonly SemaphoreSlim _turn = new(1, 1);
    private Stream? _stream;

    public IPrinterLink Link => link;

    /// <summary>Sends one ZPL document (one or more <c>^XA…^XZ</c>) as UTF-8.</summary>
    public Task SendZplAsync(string zpl, CancellationToken cancellationToken = default) =>
        SendAsync(Encoding.UTF8.GetBytes(zpl), cancellationToken);

    public async Task SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        bool connected = false;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.SendTimeout);
            var stream = await ConnectAsync(timeout.Token).ConfigureAwait(false);
            connected = true;
            await stream.WriteAsync(data, timeout.Token).ConfigureAwait(false);
            await stream.FlushAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or OperationCanceledException or ObjectDisposedException or TimeoutException
                                  && !cancellationToken.IsCancellationRequested)
        {
            await DropAsync().ConfigureAwait(false);
            throw new PrinterUnreachableException($"{link.Description}: {e.Message}", nothingSent: !connected, e);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Asks <c>~HS</c>. Never throws for printer trouble: silence and nonsense are reports.</summary>
    public async Task<PrinterStatusReport> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var (answer, failure) = await AskAsync("~HS", ZebraHostStatus.IsComplete, cancellationToken).ConfigureAwait(false);
        var now = _options.Clock.GetUtcNow();
        if (failure is not null) return new PrinterStatusReport.FaultedOrUnreachable(failure, now);
        return ZebraHostStatus.TryParse(answer!, out var status, out var problem)
            ? new PrinterStatusReport.Answered(status!, now)
            : new PrinterStatusReport.Unintelligible(answer!, problem!, now);
    }

    /// <summary>Asks <c>~HQES</c> for the error and warning bits.</summary>
    public async Task<PrinterExtendedStatusReport> GetExtendedStatusAsync(CancellationToken cancellationToken = default)
    {
        var (answer, failure) = await AskAsync("~HQES", ZebraExtendedStatus.IsComplete, cancellationToken).ConfigureAwait(false);
        var now = _options.Clock.GetUtcNow();
        if (failure is not null) return new PrinterExtendedStatusReport.FaultedOrUnreachable(failure, now);
        return ZebraExtendedStatus.TryParse(answer!, out var status, out var problem)
            ? new PrinterExtendedStatusReport.Answered(status!, now)
            : new PrinterExtendedStatusReport.Unintelligible(answer!, problem!, now);
    }

    /// <summary>
    /// Asks the printer's label counter (SGD <c>odometer.total_label_count</c>). Never throws for printer
    /// trouble: silence, <c>"?"</c> and answers that are not one count are <see cref="LabelCounterReport.Unavailable"/> with the reason.
    /// </summary>
    public async Task<LabelCounterReport> GetLabelCountAsync(CancellationToken cancellationToken = default)
    {
        var (answer, failure) = await AskAsync(ZebraLabelCounter.Getvar, ZebraLabelCounter.IsComplete, cancellationToken,
            ZebraLabelCounter.IsPlainlyNotAnAnswer).ConfigureAwait(false);
        var now = _options.Clock.GetUtcNow();
        if (failure is not null) return new LabelCounterReport.Unavailable(failure, now);
        if (ZebraLabelCounter.TryParse(answer!, out long labels, out var problem)) return new LabelCounterReport.Counted(labels, now);

        // Whatever else the printer meant to say may still be on its way: it must not become the next answer.
        await ForgetConnectionAsync().ConfigureAwait(false);
        return new LabelCounterReport.Unavailable(problem!, now);
    }

    private async Task<(string? Answer, string? Failure)> AskAsync(
        string command, Func<ReadOnlySpan<byte>, bool> isComplete, CancellationToken cancellationToken,
        Func<ReadOnlySpan<byte>, bool>? isPlainlyNotAnAnswer = null)
    {
        isPlainlyNotAnAnswer ??= IsPlainlyNotAnAnswer;
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        var received = new MemoryStream();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.StatusTimeout);
            var stream = await ConnectAsync(timeout.Token).ConfigureAwait(false);
            await stream.WriteAsync(Encoding.ASCII.GetBytes(command), timeout.Token).ConfigureAwait(false);
            await stream.FlushAsync(timeout.Token).ConfigureAwait(false);
            var buffer = new byte[1024];
            while (!isComplete(received.GetBuffer().AsSpan(0, (int)received.Length))
                   && !isPlainlyNotAnAnswer(received.GetBuffer().AsSpan(0, (int)received.Length)))
            {
                int read = await stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    await DropAsync().ConfigureAwait(false);
                    return received.Length == 0
                        ? (null, "connection closed without an answer")
                        : (Encoding.ASCII.GetString(received.ToArray()), null);
                }

                received.Write(buffer, 0, read);
                if (received.Length > 64 * 1024) break; // nobody's status is this long
            }

            return (Encoding.ASCII.GetString(received.ToArray()), null);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Silence: a stream link reports it as a timeout, a socket as the cancelled read.
            await DropAsync().ConfigureAwait(false);
            return received.Length == 0
                ? (null, $"no answer to {command} within {_options.StatusTimeout.TotalMilliseconds:0} ms")
                : (Encoding.ASCII.GetString(received.ToArray()), null);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            await DropAsync().ConfigureAwait(false);
            return (null, e.Message);
        }
        finally
        {
            _turn.Release();
        }
    }

    // Status answers start with STX; a whole line of something else need not wait for the timeout.
    private static bool IsPlainlyNotAnAnswer(ReadOnlySpan<byte> received)
    {
        var start = received.TrimStart("\r\n "u8);
        return start.Length > 0 && start[0] != 0x02 && start.Contains((byte)'\n');
    }

    private async ValueTask<Stream> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_stream is not null) return _stream;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ConnectTimeout);
        _stream = await link.OpenAsync(timeout.Token).ConfigureAwait(false);
        return _stream;
    }

    private async ValueTask DropAsync()
    {
        var stream = _stream;
        _stream = null;
        if (stream is not null) await stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ForgetConnectionAsync()
    {
        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            await DropAsync().ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    public async ValueTask DisposeAsync() => await ForgetConnectionAsync().ConfigureAwait(false);
}
