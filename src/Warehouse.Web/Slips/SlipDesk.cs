using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Printing;
using Warehouse.Core.Slips;
using Warehouse.Web.Printing;

namespace Warehouse.Web.Slips;

/// <summary>
/// Hears every order packed (from the outbox, at least once) and, for a station with a document printer,
/// queues the order's packing slip there as a PDF (ADR 12). Drawn here, outside the scan: a scan must not wait
/// for a PDF. An order whose slip is already queued gets no second one, however often the fact is heard.
/// </summary>
public sealed class SlipDesk(IDbContextFactory<WarehouseDb> dbs, PackingSlips slips, StationSlipPrinters printers, FloorClock clock, ILogger<SlipDesk> log) : FactConsumer
{
    public const string ConsumerName = "slips";

    public override string Name => ConsumerName;

    public override async Task HandleAsync(FloorFact fact, CancellationToken ct)
    {
        if (fact is not OrderPacked { StationCode: { } station } packed || !await printers.OnDocumentPrinterAsync(station, ct)) return;
        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.PrintJobs.AnyAsync(j => j.SlipOf == packed.OrderNumber, ct)) return;
        if (await slips.ForAsync(packed.OrderNumber, ct) is not { } slip)
        {
            log.LogWarning("No packing slip for {Order} packed at {Station}: the order is gone", packed.OrderNumber, station);
            return;
        }
        var now = clock.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.PrintJobs.Add(PrintJob.ForSlip(packed.OrderNumber, station, PackingSlipPdf.Render(slip), now));
        db.Record(new PrintJobChanged(now, station, null, PrintJobStatus.Queued));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public override Task GapAsync(long from, long through, CancellationToken ct)
    {
        // Pruned before we read them: those slips print from the station's /slips page by hand.
        log.LogError("The slip desk missed facts {From}..{Through}: their slips were not queued", from, through);
        return Task.CompletedTask;
    }
}
