using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Stations;

/// <summary>
/// What a scan means before any station kind looks at it: text checks, idle sign-out, badge
/// sign-in, the common commands and a supervisor's approval. The rest goes to the kind's handler.
/// </summary>
internal static class StationFirstStage
{
    public static async Task<ScanResult> DecideAsync(StationContext at, IStationWork work, string rawCode, CancellationToken ct)
    {
        var refusal = ScanText.Refusal(rawCode, at.Options.MaxScanLength);
        if (refusal is not null) return ScanResult.Refused(work.Next(), refusal.Code, refusal.Args);
        var code = rawCode.Trim();

        var idleSignedOut = StationSignIn.SignOutIfIdle(at, work);
        var badge = await at.Db.Operators.FirstOrDefaultAsync(o => o.Badge == code && o.Active, ct);

        if (at.Station.OperatorId is null)
        {
            if (badge is not null) return await StationSignIn.SignInAsync(at, work, badge, ct);
            return ScanResult.Refused(work.Next(), idleSignedOut ? StationCodes.IdleSignedOut : StationCodes.SignInFirst);
        }

        if (CommonCommands.IsCommand(code))
        {
            var command = code.ToUpperInvariant();
            return command switch
            {
                CommonCommands.SignOut => StationSignIn.SignOut(at, work),
                CommonCommands.Zero or CommonCommands.Tare => AskScale(at, work, command == CommonCommands.Zero ? "zero" : "tare"),
                _ => await work.CommandAsync(command, ct),
            };
        }
        if (badge is not null) return OnBadge(at, work, badge);
        if (work.AwaitsApproval) return ScanResult.Refused(work.Next(), StationCodes.AwaitingSupervisor);
        return await work.ScanAsync(code, ct);
    }

    /// <summary>The scale hangs on the agent or the server, not here: ask after the commit; its answer comes back as an event.</summary>
    private static ScanResult AskScale(StationContext at, IStationWork work, string command)
    {
        at.Signals.Add(new ScaleCommandRequested(at.Now, at.Station.Code, command));
        return ScanResult.Ok(work.Next(), StationCodes.ScaleCommandSent, command);
    }

    /// <summary>A badge scanned while someone is signed in: a supervisor approving, or someone else at the wrong station.</summary>
    private static ScanResult OnBadge(StationContext at, IStationWork work, Operator badge)
    {
        if (!work.AwaitsApproval)
        {
            if (badge.Id == at.Station.OperatorId) return ScanResult.Ok(work.Next(), StationCodes.SignedIn, badge.Name);
            return ScanResult.Refused(work.Next(), StationCodes.OtherOperatorSignedIn, at.Station.Operator?.Name ?? "");
        }
        return StationApprovals.AskForPin(at, work, badge);
    }
}
