using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Stations;

/// <summary>
/// An admin sets up a station's devices and issues the secret its agent presents. Both are audited;
/// a new secret replaces the old one, which locks out an agent PC that was taken away.
/// </summary>
public sealed class StationDeviceSetup(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<StationDeviceSet?> LoadAsync(string stationCode, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Stations.AsNoTracking().Where(s => s.Code == stationCode).Select(s => s.Devices).FirstOrDefaultAsync(ct);
    }

    /// <summary>Stores the set, or returns the problems by field and stores nothing.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(string stationCode, StationDeviceSet set, int adminId, CancellationToken ct = default)
    {
        set = Normalised(set);
        var problems = StationDeviceRules.Check(set);
        if (problems.Count > 0) return problems;
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var station = await db.Stations.FirstOrDefaultAsync(s => s.Code == stationCode, ct);
        if (station is null) return new Dictionary<string, string> { ["Station"] = $"No station {stationCode}." };
        station.Devices = set;
        station.Version++;
        db.AuditEvents.Add(new AuditEvent
        {
            Kind = "station.devices", AtUtc = clock.UtcNow, StationCode = stationCode, OperatorId = adminId,
            Scanned = ScanText.ForAudit($"{set.Connection} scanner={set.ScannerPath ?? "-"} scale={set.ScalePath ?? "-"} printer={set.PrinterAddress ?? "-"} documents={set.DocumentPrinterUri ?? "-"}"),
        });
        // Takes effect at once: the server lets go of devices an agent now owns, and the other way round.
        db.Record(new StationDevicesSaved(clock.UtcNow, stationCode));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Dictionary<string, string>();
    }

    /// <summary>A new secret for the station's agent, shown once; null for an unknown station.</summary>
    public async Task<string?> IssueAgentSecretAsync(string stationCode, int adminId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var station = await db.Stations.FirstOrDefaultAsync(s => s.Code == stationCode, ct);
        if (station is null) return null;
        var secret = Secrets.NewToken();
        station.AgentSecretHash = Secrets.HashToken(secret);
        station.Version++;
        db.AuditEvents.Add(new AuditEvent { Kind = "station.agent_secret", AtUtc = clock.UtcNow, StationCode = stationCode, OperatorId = adminId });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>
    /// The station's device set when <paramref name="secret"/> is its agent's and the station is set
    /// to Agent; null otherwise. A secret alone is not enough: a station the server drives itself
    /// must not get a second owner for its scale and printer.
    /// </summary>
    public async Task<StationDeviceSet?> AuthenticateAgentAsync(string stationCode, string secret, CancellationToken ct = default)
    {
        if (stationCode.Length is 0 or > 20 || secret.Length is 0 or > 200) return null;
        var hash = Secrets.HashToken(secret);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Stations.AsNoTracking().Where(s => s.Code == stationCode && s.AgentSecretHash == hash && s.Devices.Connection == DeviceConnection.Agent).Select(s => s.Devices).FirstOrDefaultAsync(ct);
    }

    // Empty boxes in a form mean "no such device", not a device at path "".
    private static StationDeviceSet Normalised(StationDeviceSet set)
    {
        var copy = set.Copy();
        copy.ScannerPath = Blank(copy.ScannerPath);
        copy.ScalePath = Blank(copy.ScalePath);
        copy.PrinterAddress = Blank(copy.PrinterAddress);
        copy.DocumentPrinterUri = Blank(copy.DocumentPrinterUri);
        return copy;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
