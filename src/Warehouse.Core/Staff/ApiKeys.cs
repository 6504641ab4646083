using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Staff;

/// <summary>An API key as the keys page lists it: never its hash.</summary>
public sealed record ApiKeyRow(int Id, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> Stations, DateTime CreatedUtc, DateTime? LastUsedUtc, DateTime? RevokedUtc);

/// <summary>A key just made: <paramref name="Key"/> is shown once and never stored.</summary>
public sealed record NewApiKey(bool Done, FloorMessage Message, string? Key = null, int? Id = null);

/// <summary>What a valid key is allowed: the API key handler turns it into claims.</summary>
public sealed record ApiKeyGrant(int Id, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> Stations);

/// <summary>
/// API keys for integrations: made with scopes (and for <c>stations:drive</c>, optionally the stations
/// it may drive), shown once, stored only as a hash, revoked for good.
/// </summary>
public sealed partial class ApiKeys(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public const int MaxStations = 50;

    public async Task<NewApiKey> CreateAsync(string? name, IEnumerable<string> scopes, string? stations, int adminId, CancellationToken ct = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) return new NewApiKey(false, new FloorMessage("keys.name_required"));
        if (trimmed.Length > ApiKey.MaxNameLength) return new NewApiKey(false, new FloorMessage("keys.name_too_long", ApiKey.MaxNameLength.ToString()));
        if (!KeyName().IsMatch(trimmed)) return new NewApiKey(false, new FloorMessage("keys.name_characters"));
        var wanted = scopes.ToList();
        if (wanted.FirstOrDefault(s => !ApiScopes.All.Contains(s)) is { } unknown)
            return new NewApiKey(false, new FloorMessage("keys.scope_unknown", Printable(unknown)));
        var granted = ApiScopes.Parse(string.Join(' ', wanted));
        if (granted.Count == 0) return new NewApiKey(false, new FloorMessage("keys.scope_required"));
        var codes = (stations ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.ToUpperInvariant()).Distinct().ToList();
        if (codes.Count > 0 && !granted.Contains(ApiScopes.StationsDrive))
            return new NewApiKey(false, new FloorMessage("keys.stations_without_drive"));
        if (codes.Count > MaxStations) return new NewApiKey(false, new FloorMessage("keys.stations_too_many", MaxStations.ToString()));

        await using var db = await dbs.CreateDbContextAsync(ct);
        var known = await db.Stations.Where(s => codes.Contains(s.Code)).Select(s => s.Code).ToListAsync(ct);
        if (codes.FirstOrDefault(c => !known.Contains(c)) is { } missing)
            return new NewApiKey(false, new FloorMessage("keys.station_unknown", Printable(missing)));
        if (await db.ApiKeys.AnyAsync(k => k.Name == trimmed && k.RevokedUtc == null, ct))
            return new NewApiKey(false, new FloorMessage("keys.name_taken", trimmed));

        var token = Secrets.NewToken();
        var now = clock.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var key = new ApiKey
        {
            Name = trimmed, KeyHash = Secrets.HashToken(token), CreatedUtc = now,
            Scopes = string.Join(' ', granted), Stations = codes.Count == 0 ? null : string.Join(' ', codes),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        db.AuditEvents.Add(new AuditEvent { Kind = "apikey.created", AtUtc = now, OperatorId = adminId, Scanned = key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        db.Record(new ApiKeyChanged(now, key.Id, false, adminId));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new NewApiKey(true, new FloorMessage("keys.created", trimmed), token, key.Id);
    }

    /// <summary>False when there is no such key or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(int keyId, int adminId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.RevokedUtc == null, ct);
        if (key is null) return false;
        var now = clock.UtcNow;
        key.RevokedUtc = now;
        db.AuditEvents.Add(new AuditEvent { Kind = "apikey.revoked", AtUtc = now, OperatorId = adminId, Scanned = key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        db.Record(new ApiKeyChanged(now, key.Id, true, adminId));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedUtc != null).ThenBy(k => k.Name).ToListAsync(ct);
        return [.. keys.Select(k => new ApiKeyRow(k.Id, k.Name, ApiScopes.Parse(k.Scopes), Split(k.Stations), k.CreatedUtc, k.LastUsedUtc, k.RevokedUtc))];
    }

    /// <summary>The grant of a valid (not revoked) key with this hash, noting it as used; null for none.</summary>
    public async Task<ApiKeyGrant?> UseAsync(string keyHash, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == keyHash && k.RevokedUtc == null, ct);
        if (key is null) return null;
        // Written only when the key cache asks again (every 30 s at most per key), so a scan burst costs no writes.
        key.LastUsedUtc = clock.UtcNow;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // "Last used" is a hint: a busy database must not refuse a valid key over it.
        }
        return new ApiKeyGrant(key.Id, key.Name, ApiScopes.Parse(key.Scopes), Split(key.Stations));
    }

    private static IReadOnlyList<string> Split(string? text) => (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Printable(string text) => new([.. text.Take(40).Select(c => char.IsControl(c) ? '?' : c)]);

    [GeneratedRegex(@"^[\p{L}\p{N} ._\-]+$")]
    private static partial Regex KeyName();
}
