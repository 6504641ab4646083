using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Printing;

namespace Warehouse.Web.Printing;

/// <summary>
/// Runs <see cref="DocumentPrintPass"/> whenever a print job changes and every
/// <see cref="DocumentPrintingOptions.Poll"/> besides: a job on a document printer is confirmed by asking
/// the printer, which tells nobody by itself.
/// </summary>
internal sealed class DocumentPrintDispatcher(DocumentPrintPass pass, FloorEvents events, IOptions<DocumentPrintingOptions> options, ILogger<DocumentPrintDispatcher> log)
    : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

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
                await pass.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Document printing failed; trying again shortly");
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(options.Value.Poll);
            try { await _wake.Reader.ReadAsync(timeout.Token); }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }
}
