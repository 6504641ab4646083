namespace Warehouse.Core.Barcodes;

/// <summary>The logistics AIs the floor reads and prints; anything else is refused as unknown.</summary>
public static class Gs1ApplicationIdentifiers
{
    private static readonly Dictionary<string, Gs1ApplicationIdentifier> ByAi = Build().ToDictionary(a => a.Ai);

    public static IReadOnlyCollection<Gs1ApplicationIdentifier> All => ByAi.Values;

    public static Gs1ApplicationIdentifier? Find(string ai) => ByAi.GetValueOrDefault(ai);

    private static IEnumerable<Gs1ApplicationIdentifier> Build()
    {
        yield return new("00", "SSCC", 18, 18, Numeric: true, HasCheckDigit: true);
        yield return new("01", "GTIN", 14, 14, Numeric: true, HasCheckDigit: true);
        yield return new("02", "CONTENT", 14, 14, Numeric: true, HasCheckDigit: true);
        yield return new("10", "BATCH/LOT", 1, 20, Numeric: false);
        yield return new("11", "PROD DATE", 6, 6, Numeric: true, IsDate: true);
        yield return new("13", "PACK DATE", 6, 6, Numeric: true, IsDate: true);
        yield return new("15", "BEST BEFORE", 6, 6, Numeric: true, IsDate: true);
        yield return new("17", "USE BY", 6, 6, Numeric: true, IsDate: true);
        yield return new("21", "SERIAL", 1, 20, Numeric: false);
        yield return new("37", "COUNT", 1, 8, Numeric: true);
        // The fourth digit of 310n/330n is the number of decimals.
        for (var decimals = 0; decimals <= 5; decimals++)
        {
            yield return new($"310{decimals}", "NET WEIGHT (kg)", 6, 6, Numeric: true);
            yield return new($"330{decimals}", "GROSS WEIGHT (kg)", 6, 6, Numeric: true);
        }
        yield return new("400", "ORDER NUMBER", 1, 30, Numeric: false);
        yield return new("410", "SHIP TO LOC", 13, 13, Numeric: true, HasCheckDigit: true);
        yield return new("420", "SHIP TO POST", 1, 20, Numeric: false);
    }
}
