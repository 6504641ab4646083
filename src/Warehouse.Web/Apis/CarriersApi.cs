using Warehouse.Core.Labels;
using Warehouse.Core.Stock;

namespace Warehouse.Web.Apis;

/// <summary>Labels for the totes and carts picks travel in (docs/picking.md).</summary>
public static class CarriersApi
{
    public static RouteGroupBuilder MapCarriersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/totes/{barcode}/label", (string barcode, int? dpi, StockLabels labels, CancellationToken ct) =>
            LabelAsync(CarrierKind.Tote, barcode, dpi, labels, ct)).WithTags("Stock");
        api.MapGet("/carts/{barcode}/label", (string barcode, int? dpi, StockLabels labels, CancellationToken ct) =>
            LabelAsync(CarrierKind.Cart, barcode, dpi, labels, ct)).WithTags("Stock");
        return api;
    }

    private static async Task<IResult> LabelAsync(CarrierKind kind, string barcode, int? dpi, StockLabels labels, CancellationToken ct)
    {
        var noun = kind == CarrierKind.Cart ? "cart" : "tote";
        // The barcode is not echoed back: it may be anything a caller typed.
        if (!CarrierBarcode.IsWellFormed(barcode))
            return ShelfLabels.Malformed($"A {noun} barcode is 1 to {CarrierBarcode.MaxLength} capitals, digits and dashes, starting with a capital.");
        if (ShelfLabels.Stock(dpi, out var stock) is { } problem) return problem;
        return ShelfLabels.Zpl(await labels.CarrierAsync(kind, barcode, stock, ct), $"No {noun} {barcode}.");
    }
}
