using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Stations;

/// <summary>
/// Turns a browser into a station: the admin enrols it once and it keeps a long-lived credential.
/// Enrolling again replaces the credential, which signs the old browser out.
/// </summary>
public sealed class StationEnrolment(IDbContextFactory<WarehouseDb> dbs, FloorClock clock)
{
    public async Task<string?> EnrolAsync(string stationCode, int adminId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var station = await db.Stations.FirstOrDefaultAsync(s => s.Code == stationCode, ct);
        if (station is null) return null;
        var token = Secrets.NewToken();
        station.CredentialHash = Secrets.HashToken(token);
        station.EnrolledUtc = clock.UtcNow;
        station.Version++;
        db.AuditEvents.Add(new AuditEvent { Kind = "station.enrolled", AtUtc = clock.UtcNow, StationCode = stationCode, OperatorId = adminId });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<bool> IsValidAsync(string stationCode, string token, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var hash = Secrets.HashToken(token);
        return await db.Stations.AnyAsync(s => s.Code == stationCode && s.CredentialHash == hash, ct);
    }
}
