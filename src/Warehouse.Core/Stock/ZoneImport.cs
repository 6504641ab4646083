using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Stock;

public abstract record ZoneImportOutcome
{
    public sealed record Created(string Code, int Locations) : ZoneImportOutcome;
    public sealed record Duplicate(string Code) : ZoneImportOutcome;
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Problems) : ZoneImportOutcome;
}

/// <summary>
/// Adds a zone and its locations from a layout tool: every problem listed by field at once (the
/// zone's geometry by the router's rules, each location's code, place and side), and nothing stored
/// unless all is right. Locations arrive blocked for picking: nobody has counted them yet.
/// </summary>
public sealed class ZoneImport(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public const int MaxLocations = 10_000;

    public async Task<ZoneImportOutcome> ImportAsync(ImportedZone input, CancellationToken ct = default)
    {
        var problems = new Dictionary<string, List<string>>();
        void Problem(string field, string message)
        {
            if (!problems.TryGetValue(field, out var list)) problems[field] = list = [];
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100 || input.Name.Any(char.IsControl))
            Problem("name", "1 to 100 characters, no control characters.");
        if (input.AisleXMm is null) Problem("aisleXMm", "The aisles' x in mm, left to right.");
        if (input.AisleLengthMm is null) Problem("aisleLengthMm", "The aisle length in mm.");
        if (input.Depot is null) Problem("depot", "Where tours start: xMm and yMm (0 or the aisle length).");
        if (input.Locations is null or { Count: 0 }) Problem("locations", "At least one location.");
        else if (input.Locations.Count > MaxLocations) Problem("locations", $"At most {MaxLocations} in one zone.");

        Zone? zone = null;
        if (problems.Count == 0 || !problems.Keys.Any(k => k is "aisleXMm" or "aisleLengthMm" or "depot"))
        {
            try
            {
                zone = Zone.Create(input.Code ?? "", input.Name ?? "", input.AisleXMm!, input.AisleLengthMm!.Value,
                    input.Depot!.XMm, input.Depot.YMm, input.MiddleCrossAisleYMm);
            }
            catch (ArgumentException e)
            {
                Problem(FieldOf(e.ParamName), e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var i and >= 0 ? i : e.Message.Length)]);
            }
        }

        var locations = new List<Location>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; zone is not null && i < input.Locations!.Count; i++)
        {
            var l = input.Locations[i];
            var field = $"locations[{i}]";
            if (!LocationCode.TryParse(l.Code, out var code)) { Problem(field + ".code", "A location code is ZONE-AISLE-BAY-LEVEL, e.g. A-01-02-1."); continue; }
            if (seen.TryGetValue(code.Value, out var first)) { Problem(field + ".code", $"{code} is also locations[{first}]."); continue; }
            seen[code.Value] = i;
            LocationSide side = LocationSide.Left;
            if (l.Side?.ToLowerInvariant() is not ("left" or "right")) { Problem(field + ".side", "left or right."); continue; }
            if (l.Side.Equals("right", StringComparison.OrdinalIgnoreCase)) side = LocationSide.Right;
            if (l.YMm is null) { Problem(field + ".yMm", "How far along the aisle, in mm."); continue; }
            try
            {
                locations.Add(Location.Create(zone, code, l.YMm.Value, side, l.PickFace ?? true));
            }
            catch (ArgumentException e)
            {
                Problem(field + (e.ParamName == "yMm" ? ".yMm" : ".code"), e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var at and >= 0 ? at : e.Message.Length)]);
            }
        }
        if (problems.Count > 0) return new ZoneImportOutcome.Invalid(problems.ToDictionary(p => p.Key, p => p.Value.ToArray()));

        await using var db = await dbs.CreateDbContextAsync(ct);
        if (await db.Zones.AnyAsync(z => z.Code == zone!.Code, ct)) return new ZoneImportOutcome.Duplicate(zone!.Code);
        db.Zones.Add(zone!);
        db.Locations.AddRange(locations);
        db.Record(new ZoneAdded(clock.UtcNow, zone!.Code, locations.Count));
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another import of this zone came first (its code is unique); this one is left out whole.
            return new ZoneImportOutcome.Duplicate(zone!.Code);
        }
        return new ZoneImportOutcome.Created(zone!.Code, locations.Count);
    }

    private static string FieldOf(string? parameter) => parameter switch
    {
        "depotXMm" or "depotYMm" => "depot",
        null => "zone",
        _ => parameter,
    };
}
