namespace Warehouse.Core.Staff;

/// <summary>
/// What an API key may do. One key used to drive everything; now each integration gets only its door:
/// the shop imports orders, a report reads, a station PC's scanner bridge drives named stations.
/// </summary>
public static class ApiScopes
{
    /// <summary>Import orders and change them (cancel, hold, resume).</summary>
    public const string OrdersImport = "orders:import";

    /// <summary>Every GET of the API, the OpenAPI document and the floor hub.</summary>
    public const string Read = "read";

    /// <summary>Send scans to stations (all, or the ones named on the key).</summary>
    public const string StationsDrive = "stations:drive";

    /// <summary>The back office's writes: goods-in deliveries, layout and stock imports, waves, parcel voids, notice resends.</summary>
    public const string FloorManage = "floor:manage";

    public static readonly IReadOnlyList<string> All = [OrdersImport, Read, StationsDrive, FloorManage];

    public static readonly string AllText = string.Join(' ', All);

    /// <summary>The known scopes in <paramref name="text"/> (space-separated), in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Parse(string? text)
    {
        var given = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. All.Where(given.Contains)];
    }
}
