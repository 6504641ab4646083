using Warehouse.Core.Labels;

namespace Warehouse.Web.Apis;

/// <summary>
/// What the location, tote and cart label endpoints share: the 100×50 mm roll at the printer's
/// resolution (<c>?dpi=203</c>, the default, or 300) and the ZPL as text, as the parcel labels are sent.
/// </summary>
internal static class ShelfLabels
{
    public static IResult? Stock(int? dpi, out LabelStock stock)
    {
        stock = LabelStock.ShelfLabel();
        if (dpi is null or 203) return null;
        if (dpi != 300) return TypedResults.Problem("dpi is 203 or 300, the label printers' resolutions.", statusCode: StatusCodes.Status400BadRequest);
        stock = LabelStock.ShelfLabel(300);
        return null;
    }

    public static IResult Zpl(string? zpl, string unknown) =>
        zpl is null ? TypedResults.Problem(unknown, statusCode: StatusCodes.Status404NotFound) : Results.Text(zpl, "text/plain; charset=utf-8");

    public static IResult Malformed(string what) => TypedResults.Problem(what, statusCode: StatusCodes.Status400BadRequest);
}
