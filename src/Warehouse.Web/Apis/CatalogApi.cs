using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;

namespace Warehouse.Web.Apis;

public static class CatalogApi
{
    public sealed record SkuDto(string Sku, string Name, string? Gtin, string? Ean13, int WeightGrams, int LengthMm, int WidthMm, int HeightMm, bool Fragile);

    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/skus", async (CatalogQueries catalog, CancellationToken ct) =>
        {
            var skus = await catalog.SkusAsync(ct);
            return TypedResults.Ok(skus.Select(s => new SkuDto(
                s.Code, s.Name, s.Gtin,
                Gtin.TryParse(s.Gtin, out var g) ? g.ToEan13OrGtin14() : null,
                s.WeightGrams, s.Size.LengthMm, s.Size.WidthMm, s.Size.HeightMm, s.Fragile)));
        }).WithTags("Catalog");
        return api;
    }
}
