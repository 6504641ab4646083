using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Receiving;

public abstract record DeliveryIntakeOutcome
{
    public sealed record Created(string Number, int Lines, int Units) : DeliveryIntakeOutcome;
    public sealed record Duplicate(string Number) : DeliveryIntakeOutcome;
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Problems) : DeliveryIntakeOutcome;
}

/// <summary>
/// Stores an announced delivery: every problem listed by field at once (<c>lines[2].quantity</c>), nothing stored
/// unless all is right. The supplier's name is kept as text, whatever it holds, except control and bidi characters.
/// </summary>
public sealed class DeliveryIntake(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public const int MaxLines = 500;
    public const int MaxQuantity = 1_000_000;
    public const int MaxLot = 20; // GS1 AI 10

    public async Task<DeliveryIntakeOutcome> CreateAsync(ExpectedDelivery input, CancellationToken ct = default)
    {
        var problems = new Dictionary<string, List<string>>();
        void Problem(string field, string message)
        {
            if (!problems.TryGetValue(field, out var list)) problems[field] = list = [];
            list.Add(message);
        }

        if (!DeliveryNumber.IsWellFormed(input.Number))
            Problem("number", "DEL- and 1 to 36 capitals, digits and dashes, as printed on the delivery note (DEL-2026-0042).");
        if (string.IsNullOrWhiteSpace(input.Supplier) || input.Supplier.Length > 100 || !IsPlainText(input.Supplier))
            Problem("supplier", "1 to 100 characters, no control or bidirectional characters.");
        if (input.Lines is null or { Count: 0 }) Problem("lines", "At least one line: sku and quantity.");
        else if (input.Lines.Count > MaxLines) Problem("lines", $"At most {MaxLines} lines.");

        await using var db = await dbs.CreateDbContextAsync(ct);
        var lines = new List<DeliveryLine>();
        if (input.Lines is { Count: > 0 and <= MaxLines })
        {
            var codes = input.Lines.Select(l => l?.Sku?.Trim().ToUpperInvariant()).OfType<string>().Distinct().ToList();
            var skus = await db.Skus.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
            var seen = new Dictionary<(int, string), int>();
            for (var i = 0; i < input.Lines.Count; i++)
            {
                var field = $"lines[{i}]";
                if (input.Lines[i] is not { } l) { Problem(field, "A line: sku and quantity."); continue; }
                var sku = l.Sku is null ? null : skus.GetValueOrDefault(l.Sku.Trim().ToUpperInvariant());
                if (sku is null) Problem(field + ".sku", "A SKU code the catalogue knows.");
                if (l.Quantity is not (>= 1 and <= MaxQuantity)) Problem(field + ".quantity", $"A whole number of units, 1 to {MaxQuantity:N0}.");
                if (sku is null) continue;

                var lot = l.Lot ?? "";
                DateOnly? expiry = null;
                if (sku.TracksLots)
                {
                    if (lot.Length is 0 or > MaxLot || !IsPlainText(lot)) Problem(field + ".lot", $"{sku.Code} keeps lots: 1 to {MaxLot} characters.");
                    if (!DateOnly.TryParseExact(l.Expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        Problem(field + ".expiry", $"{sku.Code} keeps lots: its expiry as yyyy-mm-dd.");
                    else expiry = date;
                }
                else
                {
                    if (lot.Length > 0) Problem(field + ".lot", $"{sku.Code} does not keep lots.");
                    if (l.Expiry is not null) Problem(field + ".expiry", $"{sku.Code} does not keep lots or expiry dates.");
                }
                if (seen.TryGetValue((sku.Id, lot), out var first)) { Problem(field + ".sku", $"The same SKU and lot as lines[{first}]."); continue; }
                seen[(sku.Id, lot)] = i;
                if (l.Quantity is int n and > 0) lines.Add(new DeliveryLine { SkuId = sku.Id, Lot = lot, Expiry = expiry, Expected = n });
            }
        }
        if (problems.Count > 0) return new DeliveryIntakeOutcome.Invalid(problems.ToDictionary(p => p.Key, p => p.Value.ToArray()));

        var number = input.Number!;
        if (await db.Deliveries.AnyAsync(d => d.Number == number, ct)) return new DeliveryIntakeOutcome.Duplicate(number);
        var delivery = new Delivery
        {
            Number = number, Supplier = input.Supplier!.Trim(), State = DeliveryState.Expected, CreatedUtc = clock.UtcNow,
            ExpectedUtc = input.ExpectedUtc?.ToUniversalTime(), Lines = lines,
        };
        db.Deliveries.Add(delivery);
        var units = lines.Sum(l => l.Expected);
        db.Record(new DeliveryExpected(clock.UtcNow, number, delivery.Supplier, lines.Count, units));
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same number announced twice at once: the unique index lets one in, whole.
            return new DeliveryIntakeOutcome.Duplicate(number);
        }
        return new DeliveryIntakeOutcome.Created(number, lines.Count, units);
    }

    /// <summary>No control characters, and none of the bidirectional overrides that make text read otherwise than it is stored.</summary>
    public static bool IsPlainText(string text) =>
        !text.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F');
}
