using Warehouse.Core.Floor;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// A note typed on the desk's screen for the unit on it. Decided through the station pipeline like a
/// scan (in order with the scans, one transaction, audited, a receipt for a resend), but the audit trail
/// says <see cref="Audited"/>: the words stay with the unit, not in the log.
/// </summary>
public sealed class ReturnsDeskNotes(StationPipeline pipeline, FloorClock clock)
{
    public const string Audited = "NOTE";

    /// <param name="entryId">The screen's id for this entry (a scan id): sent again, it is decided once.</param>
    public Task<ScanResult> NoteAsync(string stationCode, string entryId, string? typed, CancellationToken ct = default)
    {
        if (!ScanIds.IsValid(entryId)) throw new ArgumentException($"An entry id is 1 to {ScanIds.MaxLength} printable characters.", nameof(entryId));
        return pipeline.DecideAsync(stationCode, entryId, Audited, (at, work) => DecideAsync(at, work, typed, clock.Zone, ct), ct);
    }

    private static async Task<ScanResult> DecideAsync(StationContext at, IStationWork work, string? typed, TimeZoneInfo zone, CancellationToken ct)
    {
        if (at.Station.Kind != StationKind.Returns) return ScanResult.Refused(work.Next(), StationCodes.ScanUnknown, Audited);
        if (at.Station.OperatorId is null) return ScanResult.Refused(work.Next(), StationCodes.SignInFirst);
        var open = await ReturnsDeskHandler.LoadReturnAsync(at.Db, at.Station, ct);
        var names = open is null ? new Dictionary<int, string>() : await ReturnsDeskHandler.NamesAsync(at.Db, open, ct);
        var desk = new ReturnsDesk(at, open, await ReturnPrices.ForAsync(at.Db, open, ct), names, zone);
        if (open is null) return desk.Refuse(ReturnsDeskCodes.NoReturnOpen, Audited);
        if (open.OpenUnit is not { } unit) return desk.Refuse(ReturnsDeskCodes.NoUnit);
        var (note, refusal) = ReturnUnitNotes.Check(typed);
        if (refusal is not null) return desk.Refuse(refusal, desk.NameOf(unit), ReturnUnitNotes.MaxLength.ToString());
        open.NoteOpenUnit(note);
        return desk.Accept(note is null ? ReturnsDeskUnitCodes.NoteCleared : ReturnsDeskUnitCodes.NoteSaved, desk.NameOf(unit));
    }
}
