using Warehouse.Core.Returns.Desk;

namespace Warehouse.Core.Returns;

/// <summary>The returns desk's changes to a return: units found, graded and decided, then the inspection finished.</summary>
public sealed partial class CustomerReturn
{
    /// <summary>What the desk found, unit by unit, including extras and (once finished) the missing.</summary>
    public List<ReturnUnit> Units { get; set; } = [];

    /// <summary>The unit on the desk waiting for its grade or disposition; at most one.</summary>
    public ReturnUnit? OpenUnit => Units.FirstOrDefault(u => u.IsOpen);

    /// <summary>Units of <paramref name="line"/> found so far.</summary>
    public int ArrivedOf(ReturnLine line) => Units.Count(u => u.ReturnLineId == line.Id && u.Outcome == ReturnUnitOutcome.Arrived);

    /// <summary>Declared units not found yet.</summary>
    public int StillExpected => Lines.Sum(l => Math.Max(0, l.Quantity - ArrivedOf(l)));

    public bool CanBeInspected => Status is ReturnStatus.Declared or ReturnStatus.LabelIssued or ReturnStatus.InTransit or ReturnStatus.Received;

    /// <summary>
    /// A unit taken out of the parcel: it answers the first declared line of its product that still
    /// expects one, or it is an extra. Nothing in the parcel is refused.
    /// </summary>
    public ReturnUnit Unpack(int? skuId, string code, string stationCode, int operatorId, DateTime at)
    {
        var line = skuId is null ? null : Lines.FirstOrDefault(l => l.SkuId == skuId && ArrivedOf(l) < l.Quantity);
        var unit = new ReturnUnit
        {
            ReturnLineId = line?.Id,
            SkuId = skuId,
            Code = code,
            Outcome = line is null ? ReturnUnitOutcome.Extra : ReturnUnitOutcome.Arrived,
            StationCode = stationCode,
            OperatorId = operatorId,
            AtUtc = at,
        };
        Units.Add(unit);
        Version++;
        return unit;
    }

    /// <summary>What the check of the unit's serial or lot found; scanned again on the desk, the latest word counts.</summary>
    public void Trace(ReturnUnit unit, UnitTrace trace)
    {
        if (unit.Disposition is not null) throw new InvalidOperationException("the unit is decided");
        (unit.Lot, unit.Expiry, unit.Serial, unit.Trace) = (trace.Lot, trace.Expiry, trace.Serial, trace.Result);
        Version++;
    }

    /// <summary>Grades the unit on the desk (again, if the clerk changes their mind before the disposition).</summary>
    public void Grade(ReturnGrade grade)
    {
        var unit = OpenUnit ?? throw new InvalidOperationException("no unit on the desk");
        if (unit.Disposition is not null) throw new InvalidOperationException("the unit is decided");
        unit.Grade = grade;
        Version++;
    }

    /// <summary>Decides the graded unit on the desk; it is done.</summary>
    public void Decide(ReturnDisposition disposition, DateTime at)
    {
        var unit = OpenUnit ?? throw new InvalidOperationException("no unit on the desk");
        if (unit.Grade is not { } grade) throw new InvalidOperationException("the unit is not graded");
        if (disposition == ReturnDisposition.Restock && !ReturnGrades.CanRestock(grade))
            throw new InvalidOperationException($"a grade {grade} unit cannot be restocked");
        if (disposition == ReturnDisposition.Restock && !unit.AllowsRestock)
            throw new InvalidOperationException($"a unit whose serial or lot is {unit.Trace} cannot be restocked");
        if (ReturnDispositions.StaysInStock(disposition) && unit.SkuId is null)
            throw new InvalidOperationException("a unit that is no product of ours cannot go into stock");
        if (unit.Disposition is not null) throw new InvalidOperationException("the unit is decided");
        unit.Disposition = disposition;
        unit.DecidedUtc = at;
        Version++;
    }

    /// <summary>The decided unit on the desk is put in <paramref name="location"/>; it is done.</summary>
    public ReturnUnit Place(string location)
    {
        var unit = OpenUnit is { AwaitsPlace: true } waiting ? waiting : throw new InvalidOperationException("no unit waits for a place");
        unit.Location = location;
        Version++;
        return unit;
    }

    /// <summary>Puts the unit not yet done back in the parcel (the desk is left): it is scanned and decided again later.</summary>
    public void PutBackOpenUnit()
    {
        if (OpenUnit is not { } unit) return;
        Units.Remove(unit);
        Version++;
    }

    /// <summary>At the returns desk: received (once), from any status before it.</summary>
    public bool ReceiveAtDesk(DateTime at) => Status == ReturnStatus.Received || Receive(at);

    /// <summary>Every unit decided: the declared units not found are recorded as missing, and the return is inspected.</summary>
    public void FinishInspection(string stationCode, int operatorId, DateTime at)
    {
        if (OpenUnit is not null) throw new InvalidOperationException("a unit on the desk is not decided");
        foreach (var line in Lines)
        {
            for (var missing = line.Quantity - ArrivedOf(line); missing > 0; missing--)
            {
                Units.Add(new ReturnUnit
                {
                    ReturnLineId = line.Id, SkuId = line.SkuId, Outcome = ReturnUnitOutcome.Missing,
                    StationCode = stationCode, OperatorId = operatorId, AtUtc = at,
                });
            }
        }

        Move(ReturnStatus.Inspected, at);
    }
}
