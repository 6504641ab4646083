using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;

namespace Warehouse.Web.Apis;

public static class CatalogApi
{
    public sealed record SkuDto(string Sku, string Name, string? Gtin, string? Ean13, int WeightGrams, int LengthMm, int WidthMm, int HeightMm, bool Fragile);

    public static SkuDto Dto(Sku s) => new(
        s.Code, s.Name, s.Gtin,
        Gtin.TryParse(s.Gtin, out var g) ? g.ToEan13OrGtin14() : null,
        s.WeightGrams, s.Size.LengthMm, s.Size.WidthMm, s.Size.HeightMm, s.Fragile);

    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        api.MapGet("/skus", async (CatalogQueries catalog, CancellationToken ct) =>
            TypedResults.Ok((await catalog.SkusAsync(ct)).Select(Dto))).WithTags("Catalog");
        return api.MapSkusApi();
    }
}
