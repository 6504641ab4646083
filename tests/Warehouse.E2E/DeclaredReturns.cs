using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Demo;
using Warehouse.Core.Returns;

namespace Warehouse.E2E;

/// <summary>Returns of the demo order DEMO-R1 as the portal declares them, for the returns desk's tests.</summary>
public static class DeclaredReturns
{
    /// <summary>A withdrawal of DEMO-R1's mug and book, numbered <paramref name="number"/>; its RMA and the GTINs of the mug, the book and the (undeclared) balm.</summary>
    public static Task<(string Rma, string Mug, string Book, string Balm)> MugAndBookAsync(FloorApp app, int number) => app.QueryAsync(async db =>
    {
        var order = await db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku).SingleAsync(o => o.Number == DemoReturns.OrderNumber);
        var line = (string prefix) => order.Lines.Single(l => l.Sku.Code.StartsWith(prefix, StringComparison.Ordinal));
        var (mug, book, balm) = (line("KUB-"), line("KSI-"), line("BAL-"));
        var declared = new CustomerReturn
        {
            Number = ReturnNumber.From(number).Value, OrderId = order.Id, OrderNumber = order.Number,
            Kind = ReturnKind.Withdrawal, DropOff = DropOff.CourierPickup, CarrierCode = "DPD", ServiceCode = "KURIER",
            Lines =
            [
                new ReturnLine { OrderLineId = mug.Id, SkuId = mug.SkuId, SkuCode = mug.Sku.Code, Quantity = 1, Reason = ReturnReason.NotAsDescribed, Note = "<b>kolor</b> inny" },
                new ReturnLine { OrderLineId = book.Id, SkuId = book.SkuId, SkuCode = book.Sku.Code, Quantity = 1 },
            ],
        };
        declared.Declare(DateTime.UtcNow);
        db.Returns.Add(declared);
        await db.SaveChangesAsync();
        return (declared.Number, mug.Sku.Gtin!, book.Sku.Gtin!, balm.Sku.Gtin!);
    });
}
