using System.Threading.Channels;
using Warehouse.Core.Floor;
using Warehouse.Core.Printing;

namespace Warehouse.Web.Printing;

/// <summary>Runs a pass over the print jobs whenever one changes, and every <see cref="Poll"/> besides for what nobody announces.</summary>
internal abstract class PrintJobLoop(FloorEvents events, ILogger log) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected abstract TimeSpan Poll { get; }

    protected abstract Task PassAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = events.Subscribe(e =>
        {
            if (e is PrintJobChanged) _wake.Writer.TryWrite(true);
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "{Loop} failed; trying again shortly", GetType().Name);
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(Poll);
            try { await _wake.Reader.ReadAsync(timeout.Token); }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }
}
