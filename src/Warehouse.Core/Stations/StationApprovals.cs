using Warehouse.Core.Staff;

namespace Warehouse.Core.Stations;

/// <summary>
/// An approval is two steps: the supervisor's badge at the station (anyone can print or type a badge's
/// barcode), then their PIN on the station's screen. Only then does the station's kind act on it.
/// </summary>
internal static class StationApprovals
{
    /// <summary>How long the badge's prompt waits for the PIN; then the badge must be scanned again.</summary>
    public static readonly TimeSpan PinPrompt = TimeSpan.FromMinutes(5);

    /// <summary>A badge scanned while the station waits for an approval: a supervisor with a PIN is asked for it.</summary>
    public static ScanResult AskForPin(StationContext at, IStationWork work, Operator badge)
    {
        if (!badge.Role.CanApprove()) return ScanResult.Refused(work.Next(), StationCodes.NotSupervisor, badge.Name);
        if (badge.PinHash is null) return ScanResult.Refused(work.Next(), StationCodes.NoPin, badge.Name);
        at.Station.ApproverId = badge.Id;
        at.Station.Approver = badge;
        at.Station.ApproverAskedUtc = at.Now;
        return ScanResult.Ok(work.Next(), StationCodes.PinAsked, badge.Name);
    }

    public static async Task<ScanResult> DecideAsync(StationContext at, IStationWork work, string pin, CancellationToken ct)
    {
        if (!work.AwaitsApproval) return ScanResult.Refused(work.Next(), StationCodes.NothingToApprove);
        var approver = at.Station.Approver;
        if (approver is null || !approver.Active || !approver.Role.CanApprove() || at.Station.ApproverAskedUtc < at.Now - PinPrompt)
        {
            Forget(at.Station);
            return ScanResult.Refused(work.Next(), StationCodes.BadgeFirst);
        }
        if (!SupervisorPins.IsWellFormed(pin))
            return ScanResult.Refused(work.Next(), StationCodes.PinMalformed, SupervisorPins.MinLength.ToString(), SupervisorPins.MaxLength.ToString());
        if (SupervisorPins.WaitFor(approver, at.Now) is { } wait)
            return ScanResult.Refused(work.Next(), StationCodes.PinWait, approver.Name, Math.Ceiling(wait.TotalMinutes).ToString("0"));
        if (!SupervisorPins.Try(approver, pin, at.Now)) return ScanResult.Refused(work.Next(), StationCodes.WrongPin, approver.Name);

        Forget(at.Station);
        return await work.ApproveAsync(approver, ct);
    }

    public static void Forget(Station station)
    {
        if (station.ApproverId is null && station.Approver is null) return;
        station.ApproverId = null;
        station.Approver = null;
        station.ApproverAskedUtc = null;
    }
}
