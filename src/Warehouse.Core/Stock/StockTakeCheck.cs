using System.Globalization;
using System.Text.RegularExpressions;
using Warehouse.Core.Catalog;

namespace Warehouse.Core.Stock;

/// <summary>
/// One stock-take line checked against the floor: a known location and SKU, a whole quantity, lot and
/// expiry where the SKU keeps them, a serial seen nowhere else. A <paramref name="recount"/> counts
/// locations that hold stock: a zero is a count too, and serial-tracked SKUs are not recounted this way.
/// </summary>
internal sealed partial class StockTakeCheck(
    IReadOnlyDictionary<string, Location> locations, IReadOnlyDictionary<string, Sku> skus,
    IReadOnlySet<int> stockedLocationIds, IReadOnlySet<(int SkuId, string Serial)> knownSerials, bool recount = false)
{
    public const int MaxQuantity = 1_000_000;

    public sealed record Row(int SkuId, int Quantity, string Lot, DateOnly? Expiry, string? Serial, StockStatus Status);

    private readonly Dictionary<(int, string), int> _serialLines = [];
    private readonly Dictionary<(string, int, string, DateOnly?, StockStatus), int> _kindLines = [];

    public List<ImportProblem> Problems { get; } = [];

    public Row? Line(StockTakeLine line)
    {
        var before = Problems.Count;
        void Problem(string column, string message) => Problems.Add(new ImportProblem(line.Line, column, message));

        if (!LocationCode.TryParse(line.Location, out _)) Problem("location", $"'{StockTakeCsv.Shown(line.Location)}' is not a location code (zone-aisle-bay-level, e.g. A-01-02-1).");
        else if (!locations.TryGetValue(line.Location, out var location)) Problem("location", $"No location {line.Location}.");
        else if (stockedLocationIds.Contains(location.Id)) Problem("location", $"{line.Location} already holds stock; a first stock-take counts empty locations.");

        if (!skus.TryGetValue(line.Sku, out var sku)) Problem("sku", $"No SKU '{StockTakeCsv.Shown(line.Sku)}'.");

        var quantity = 0;
        if (!Digits().IsMatch(line.Quantity) || !int.TryParse(line.Quantity, NumberStyles.None, CultureInfo.InvariantCulture, out quantity) || quantity > MaxQuantity || (quantity == 0 && !recount))
            Problem("quantity", $"'{StockTakeCsv.Shown(line.Quantity)}' is not a whole number of units from {(recount ? 0 : 1)} to {MaxQuantity}.");

        DateOnly? expiry = null;
        if (line.Expiry != "")
        {
            if (DateOnly.TryParseExact(line.Expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) expiry = date;
            else Problem("expiry", $"'{StockTakeCsv.Shown(line.Expiry)}' is not a date (yyyy-mm-dd).");
        }
        if (line.Lot != "" && !Code().IsMatch(line.Lot)) Problem("lot", "A lot is 1 to 40 letters, digits and . _ / -.");
        if (line.Serial != "" && !Code().IsMatch(line.Serial)) Problem("serial", "A serial number is 1 to 40 letters, digits and . _ / -.");

        StockStatus status = StockStatus.Available;
        if (line.Status != "" && !TryStatus(line.Status, out status))
            Problem("status", $"'{StockTakeCsv.Shown(line.Status)}' is not a status: available, quarantine, damaged or b-grade.");

        if (sku is not null)
        {
            if (sku.TracksLots && line.Lot == "") Problem("lot", $"{sku.Code} is kept by lot: the lot is missing.");
            if (sku.TracksLots && line.Expiry == "") Problem("expiry", $"{sku.Code} is kept by lot: the expiry date is missing.");
            if (!sku.TracksLots && (line.Lot != "" || line.Expiry != "")) Problem(line.Lot != "" ? "lot" : "expiry", $"{sku.Code} is not kept by lot; leave lot and expiry empty.");
            if (recount && sku.TracksSerials) Problem("sku", $"{sku.Code} has serial numbers: a recount by quantity cannot say which units are there; its stock is left as it is.");
            else if (sku.TracksSerials && line.Serial == "") Problem("serial", $"{sku.Code} has serial numbers: one line per unit, with its serial.");
            if (!sku.TracksSerials && line.Serial != "") Problem("serial", $"{sku.Code} has no serial numbers; leave serial empty.");
            if (sku.TracksSerials && line.Serial != "")
            {
                if (quantity > 1) Problem("quantity", "A line with a serial number is one unit.");
                if (knownSerials.Contains((sku.Id, line.Serial))) Problem("serial", $"Serial {line.Serial} of {sku.Code} is already in the warehouse.");
                else if (_serialLines.TryGetValue((sku.Id, line.Serial), out var first)) Problem("serial", $"Serial {line.Serial} of {sku.Code} is on line {first} too.");
                else _serialLines[(sku.Id, line.Serial)] = line.Line;
            }
            else if (Problems.Count == before)
            {
                var kind = (line.Location, sku.Id, line.Lot, expiry, status);
                if (_kindLines.TryGetValue(kind, out var first)) Problem("", $"Counts the same stock as line {first}; one line per location, SKU, lot and status.");
                else _kindLines[kind] = line.Line;
            }
        }

        return Problems.Count > before ? null : new Row(sku!.Id, quantity, line.Lot, expiry, line.Serial == "" ? null : line.Serial, status);
    }

    private static bool TryStatus(string text, out StockStatus status)
    {
        status = text.Trim().ToLowerInvariant() switch
        {
            "available" => StockStatus.Available,
            "quarantine" => StockStatus.Quarantine,
            "damaged" => StockStatus.Damaged,
            "b-grade" or "bgrade" => StockStatus.BGrade,
            _ => (StockStatus)(-1),
        };
        return Enum.IsDefined(status);
    }

    [GeneratedRegex(@"\A[0-9]{1,7}\z")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._/-]{0,39}\z")]
    private static partial Regex Code();
}
