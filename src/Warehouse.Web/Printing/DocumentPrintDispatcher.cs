using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;

namespace Warehouse.Web.Printing;

/// <summary>
/// Runs <see cref="DocumentPrintPass"/> whenever a print job changes and every
/// <see cref="DocumentPrintingOptions.Poll"/> besides: a job on a document printer is confirmed by asking
/// the printer, which tells nobody by itself.
/// </summary>
internal sealed class DocumentPrintDispatcher(DocumentPrintPass pass, FloorEvents events, IOptions<DocumentPrintingOptions> options, ILogger<DocumentPrintDispatcher> log)
    : PrintJobLoop(events, log)
{
    protected override TimeSpan Poll => options.Value.Poll;

    protected override Task PassAsync(CancellationToken ct) => pass.RunAsync(ct);
}
