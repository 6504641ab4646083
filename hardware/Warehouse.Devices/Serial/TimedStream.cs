namespace Warehouse.Devices.Serial;

/// <summary>
/// Reads and writes on a <see cref="Stream"/> with timeouts that lose nothing: a read that times out
/// is not cancelled but carried over to the next call, so bytes it receives later are not swallowed
/// by an orphan. A failing stream or the end of it is <see cref="DeviceGoneException"/>.
/// One reader and one writer at a time.
/// </summary>
internal sealed class TimedStream(Stream stream, bool shouldDispose, string name, TimeProvider clock) : IDisposable
{
    private readonly byte[] _buffer = new byte[4096];
    private readonly CancellationTokenSource _closing = new();
    private int _start, _end;
    private Task<int>? _pending;
    private volatile bool _disposed;

    public async Task<int> ReadAsync(Memory<byte> destination, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (destination.IsEmpty) return 0;
        if (_start == _end)
        {
            _pending ??= stream.ReadAsync(_buffer, _closing.Token).AsTask();
            if (!_pending.IsCompleted)
            {
                if (timeout == TimeSpan.Zero) return 0;
                try
                {
                    await _pending.WaitAsync(timeout, clock, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException) when (!_pending.IsCompleted)
                {
                    return 0; // the read stays pending for the next call
                }
                catch (Exception) when (_pending.IsCompleted)
                {
                    // The read's own outcome is looked at below.
                }
            }

            var read = _pending;
            _pending = null;
            try
            {
                _end = await read.ConfigureAwait(false);
                _start = 0;
            }
            catch (TimeoutException)
            {
                return 0; // a stream with a read timeout of its own
            }
            catch (DeviceGoneException)
            {
                throw;
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                throw new DeviceGoneException(name, e.Message);
            }

            if (_end == 0) throw new DeviceGoneException(name, "end of stream");
        }

        int count = Math.Min(destination.Length, _end - _start);
        _buffer.AsSpan(_start, count).CopyTo(destination.Span);
        _start += count;
        return count;
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> data, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token, _closing.Token);
        try
        {
            // No flush: SerialStream's write completes once the bytes are in the tty, and its Flush spins.
            await stream.WriteAsync(data, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !_disposed)
        {
            throw new TimeoutException($"{name}: the device took nothing for {timeout.TotalMilliseconds:0} ms");
        }
        catch (DeviceGoneException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            throw new DeviceGoneException(name, e.Message);
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _closing.Cancel();
        // Nobody will await a read still pending: observe its end so it is not reported as unobserved.
        _pending?.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        if (shouldDispose) stream.Dispose();
        _closing.Dispose();
    }
}
