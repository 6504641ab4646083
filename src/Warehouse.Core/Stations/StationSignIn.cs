using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Stations;

/// <summary>Who works at a station: the same at every kind.</summary>
internal static class StationSignIn
{
    /// <summary>
    /// One person, one station: signing in here signs the badge out wherever else it was signed
    /// in, and that station says so (its open order stays there for when they come back).
    /// </summary>
    public static async Task<ScanResult> SignInAsync(StationContext at, IStationWork work, Operator person, CancellationToken ct)
    {
        var elsewhere = await at.Db.Stations.Where(s => s.OperatorId == person.Id && s.Code != at.Station.Code).ToListAsync(ct);
        foreach (var other in elsewhere)
        {
            other.OperatorId = null;
            other.SignedInUtc = null;
            other.EndVoid(); // a supervisor's approval was given to the person who left, not to the next one
            other.Version++;
            var said = new FloorMessage(StationCodes.SignedInElsewhere, person.Name, at.Station.Code);
            at.Db.AuditEvents.Add(new AuditEvent
            {
                Kind = "sign-out", AtUtc = at.Now, StationCode = other.Code, OperatorId = person.Id,
                Outcome = nameof(ScanOutcome.Accepted), MessageCode = said.Code, MessageArgs = MessageArgs.Join(said.Args),
            });
            at.Record(new StationChanged(at.Now, other.Code, Notice: said));
        }
        return SignIn(at, work, person);
    }

    private static ScanResult SignIn(StationContext at, IStationWork work, Operator person)
    {
        at.Station.OperatorId = person.Id;
        at.Station.Operator = person;
        at.Station.SignedInUtc = at.Now;
        at.Record(new StationChanged(at.Now, at.Station.Code));
        return ScanResult.Ok(work.Next(), StationCodes.SignedIn, person.Name);
    }

    public static ScanResult SignOut(StationContext at, IStationWork work)
    {
        var name = at.Station.Operator?.Name ?? "";
        at.Station.OperatorId = null;
        at.Station.Operator = null;
        at.Station.SignedInUtc = null;
        at.Station.EndVoid(); // a supervisor's approval was given to the person who left, not to the next one
        at.Record(new StationChanged(at.Now, at.Station.Code));
        return ScanResult.Ok(work.Next(), StationCodes.SignedOut, name);
    }

    /// <summary>An operator who walked away is signed out before their station takes another scan.</summary>
    public static bool SignOutIfIdle(StationContext at, IStationWork work)
    {
        var last = at.Station.LastActivityUtc ?? at.Station.SignedInUtc;
        if (at.Station.OperatorId is null || last is null) return false;
        if (at.Now - last.Value < TimeSpan.FromMinutes(at.Options.IdleSignOutMinutes)) return false;
        SignOut(at, work);
        return true;
    }
}
