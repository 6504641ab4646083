using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Photos;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>Reads a returns desk's screen (the page never touches the database): the same return, lines and units the handler decides on.</summary>
public sealed class ReturnsDeskBoard(IDbContextFactory<WarehouseDb> dbs, FloorClock clock, IOptions<StationOptions> stationOptions)
{
    public async Task<ReturnsDeskView?> LoadAsync(string stationCode, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var station = await db.Stations.AsNoTracking().Include(s => s.Operator).FirstOrDefaultAsync(s => s.Code == stationCode, ct);
        if (station is null || station.Kind != StationKind.Returns) return null;
        var open = await ReturnsDeskHandler.LoadReturnAsync(db, station, ct);
        var names = open is null ? new Dictionary<int, string>() : await ReturnsDeskHandler.NamesAsync(db, open, ct);
        var prices = await ReturnPrices.ForAsync(db, open, ct);
        var desk = new ReturnsDesk(new StationContext(db, station, clock.UtcNow, stationOptions.Value), open, prices, names, clock.Zone);
        var view = new ReturnsDeskView(station.Code, station.Operator?.Name, station.Operator?.Language ?? "pl", desk.Next(), null);
        if (open is null) return view with { LastDecision = await ReturnsDeskRefundBoard.LastDecisionAsync(db, station, ct) };

        var photos = await db.Photos.AsNoTracking().Where(p => p.ReturnNumber == open.Number)
            .OrderBy(p => p.TakenAtUtc).Select(p => new ReturnsDeskPhoto(p.Id, p.ReturnUnitId)).ToListAsync(ct);
        var units = open.Units.OrderBy(u => u.Id)
            .Select(u => new ReturnsDeskUnit(u.Id, desk.NameOf(u), u.Code, u.Outcome, u.Grade, u.Disposition, u.Location, u.Note, u.Checked.Count,
                photos.Count(p => p.UnitId == u.Id), u.IsOpen, u.Serial ?? u.Lot, u.Trace))
            .ToList();
        var lines = open.Lines.OrderBy(l => l.Id)
            .Select(l => new ReturnsDeskLine(l.SkuCode, names.GetValueOrDefault(l.SkuId, l.SkuCode), l.Quantity, open.ArrivedOf(l), l.Reason, l.Note))
            .ToList();
        return view with
        {
            Return = new ReturnsDeskReturn(open.Number, open.OrderNumber, open.Kind, lines, units, await OnDeskAsync(desk, open, photos, ct),
                ReturnsDeskRefundBoard.Refund(open, prices, clock), open.IsUnannounced),
        };
    }

    private static async Task<ReturnsDeskOpenUnit?> OnDeskAsync(ReturnsDesk desk, CustomerReturn open, List<ReturnsDeskPhoto> photos, CancellationToken ct)
    {
        if (open.OpenUnit is not { } unit) return null;
        var checklist = await ReturnsDeskChecks.ChecklistAsync(desk, unit, ct);
        return new ReturnsDeskOpenUnit(unit.Id, desk.NameOf(unit), unit.Outcome, unit.Grade, unit.Suggested,
            unit.Disposition, unit.Note, checklist.Select(c => new ReturnsDeskCheck(c, unit.Checked.Contains(c))).ToList(),
            photos.Where(p => p.UnitId == unit.Id).Select(p => p.Id).ToList(), unit.Serial ?? unit.Lot, unit.Trace);
    }
}

/// <summary>What a returns desk's screen shows: who is signed in, what to do next, and the return open at the desk.</summary>
/// <param name="LastDecision">While no return is open: the refund the clerk decided last at this desk since signing in.</param>
public sealed record ReturnsDeskView(string StationCode, string? OperatorName, string OperatorLanguage, FloorMessage Next, ReturnsDeskReturn? Return,
    ReturnsDeskDecision? LastDecision = null);

/// <param name="OnDesk">The unit being decided; null between units.</param>
/// <param name="Refund">Once inspected, the money to decide on; null before.</param>
/// <param name="Unannounced">It came without a declaration: received by its shipping label or order number, its lines are what arrived.</param>
public sealed record ReturnsDeskReturn(string Number, string OrderNumber, ReturnKind Kind, IReadOnlyList<ReturnsDeskLine> Lines,
    IReadOnlyList<ReturnsDeskUnit> Units, ReturnsDeskOpenUnit? OnDesk, ReturnsDeskRefund? Refund = null, bool Unannounced = false)
{
    public int Declared => Lines.Sum(l => l.Declared);
    public int Found => Lines.Sum(l => Math.Min(l.Found, l.Declared));
}

/// <summary>A declared line: how many the customer said, how many the desk found so far, and why they sent it.</summary>
public sealed record ReturnsDeskLine(string SkuCode, string Name, int Declared, int Found, ReturnReason? Reason, string? CustomersNote)
{
    public int Missing => Math.Max(0, Declared - Found);
}

/// <summary>A unit taken out of the parcel (or, once finished, one recorded missing), as decided so far.</summary>
/// <param name="Serial">Its serial, else its lot, as read; <paramref name="Trace"/> says whether it ties to the shipment.</param>
public sealed record ReturnsDeskUnit(int Id, string Name, string Code, ReturnUnitOutcome Outcome, ReturnGrade? Grade, ReturnDisposition? Disposition,
    string? Location, string? Note, int Ticked, int Photos, bool OnDesk, string? Serial = null, ReturnUnitTrace Trace = ReturnUnitTrace.None);

/// <summary>The unit being decided: its grade, the suggested disposition, the checklist of its category with the ticks, its note and photos.</summary>
public sealed record ReturnsDeskOpenUnit(int Id, string Name, ReturnUnitOutcome Outcome, ReturnGrade? Grade, ReturnDisposition? Suggested,
    ReturnDisposition? Disposition, string? Note, IReadOnlyList<ReturnsDeskCheck> Checklist, IReadOnlyList<Guid> Photos,
    string? Serial = null, ReturnUnitTrace Trace = ReturnUnitTrace.None);

public sealed record ReturnsDeskCheck(string Code, bool Ticked);

public sealed record ReturnsDeskPhoto(Guid Id, int? UnitId);
