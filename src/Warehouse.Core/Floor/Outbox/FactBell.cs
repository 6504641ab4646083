using System.Threading.Channels;

namespace Warehouse.Core.Floor.Outbox;

/// <summary>Rung when facts commit in this process, so the relay delivers at once instead of at its next poll.</summary>
public sealed class FactBell
{
    private readonly Channel<bool> _rung = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Ring() => _rung.Writer.TryWrite(true);

    /// <summary>Until the bell rings or <paramref name="poll"/> passes (other instances' facts have no bell here).</summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (poll != Timeout.InfiniteTimeSpan) timeout.CancelAfter(poll);
        try
        {
            await _rung.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }
}
