using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Quality;

/// <summary>What a scanned code means at a QC bench: a tote starts (or joins) a check, an item is counted against the order.</summary>
internal static class QcScans
{
    public static async Task<ScanResult> DecideAsync(QcBench bench, string code, CancellationToken ct)
    {
        var tote = await bench.Db.Totes.FirstOrDefaultAsync(t => t.Barcode == code, ct);
        if (tote is not null) return await OpenToteAsync(bench, tote, ct);

        var sku = await bench.Db.FindByScanAsync(code, ct);
        if (sku is not null) return CountItem(bench, sku);

        return bench.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(code));
    }

    private static async Task<ScanResult> OpenToteAsync(QcBench bench, Tote tote, CancellationToken ct)
    {
        if (tote.OrderId is not int orderId) return bench.Refuse(QcCodes.ToteEmpty, tote.Barcode);
        bench.OrderNumber = tote.OrderNumber;

        if (bench.Check is { } open)
        {
            // A second tote of the same order joins the check; another order waits for a verdict on this one.
            if (open.OrderId == orderId)
                return bench.Accept(open.ToteBarcode == tote.Barcode ? QcCodes.CheckResumed : QcCodes.ToteAdded, open.OrderNumber, tote.Barcode);
            return bench.Refuse(QcCodes.CheckOpen, open.OrderNumber);
        }

        var order = await bench.Db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku).AsSplitQuery().FirstAsync(o => o.Id == orderId, ct);
        if ((order.Holds & HoldReasons.Quality) != 0) return bench.Refuse(QcCodes.AlreadyFailed, order.Number);
        if (order.Refusal(OrderStep.PassQc) is not null) return bench.Refuse(QcCodes.NotAtQc, order.Number, order.FloorStatus);
        // One bench at a time checks an order, as one packing station packs it; CMD:CANCEL there frees it.
        var elsewhere = await bench.Db.QcChecks.Where(c => c.OrderId == order.Id && c.Result == QcResult.Open && c.StationCode != bench.Station.Code)
            .Select(c => c.StationCode).FirstOrDefaultAsync(ct);
        if (elsewhere is not null) return bench.Refuse(QcCodes.OpenElsewhere, order.Number, elsewhere);

        var check = new QcCheck
        {
            Order = order,
            OrderNumber = order.Number,
            ToteBarcode = tote.Barcode,
            StationCode = bench.Station.Code,
            OperatorId = bench.Station.OperatorId!.Value,
            StartedUtc = bench.Now,
        };
        bench.Db.QcChecks.Add(check);
        bench.Station.TaskId = null;
        await bench.Db.SaveChangesAsync(ct); // gives the check its id
        bench.Station.TaskId = check.Id;
        bench.Check = check;
        return bench.Accept(QcCodes.CheckStarted, order.Number, tote.Barcode);
    }

    private static ScanResult CountItem(QcBench bench, Sku sku)
    {
        if (bench.Check is not { } check) return bench.Refuse(QcCodes.NoCheckOpen, sku.Name);
        var line = check.Order.Lines.FirstOrDefault(l => l.SkuId == sku.Id);
        if (line is null) return bench.Refuse(QcCodes.ItemNotInOrder, sku.Name, check.OrderNumber);

        var scanned = check.ScannedOf(sku.Id);
        if (scanned >= line.Quantity) return bench.Refuse(QcCodes.ItemOverScan, sku.Name, line.Quantity.ToString());

        check.Units.Add(new QcUnit { SkuId = sku.Id, ScannedUtc = bench.Now });
        return bench.Accept(QcCodes.ItemCounted, sku.Name, (scanned + 1).ToString(), line.Quantity.ToString());
    }
}
