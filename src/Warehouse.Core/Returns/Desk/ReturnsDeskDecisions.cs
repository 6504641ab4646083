using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>The returns desk's command barcodes: grade the unit on the desk, decide it, finish or leave the return.</summary>
internal static class ReturnsDeskDecisions
{
    public static ScanResult Run(ReturnsDesk desk, string command)
    {
        if (command == ReturnsDeskCommands.Cancel) return Leave(desk);
        if (desk.Return is not { } open) return desk.Refuse(ReturnsDeskCodes.NoReturnOpen, command);
        if (ReturnsDeskRefunds.Handles(command)) return ReturnsDeskRefunds.Run(desk, open, command);
        if (open.Status == ReturnStatus.Inspected) return desk.Refuse(ReturnsDeskCodes.AlreadyInspected, open.Number);
        if (ReturnsDeskCommands.Grade(command) is { } grade) return Grade(desk, open, grade);
        if (ReturnsDeskCommands.Disposition(command) is { } disposition) return Decide(desk, open, disposition);
        if (command == ReturnsDeskCommands.Suggested)
            return open.OpenUnit is { Suggested: { } suggested } ? Decide(desk, open, suggested) : NotReady(desk, open);
        if (command == ReturnsDeskCommands.Done) return Finish(desk, open);
        return desk.Refuse(StationCodes.ScanUnknown, ScanText.ForAudit(command));
    }

    private static ScanResult Grade(ReturnsDesk desk, CustomerReturn open, ReturnGrade grade)
    {
        if (open.OpenUnit is not { } unit) return desk.Refuse(ReturnsDeskCodes.NoUnit);
        if (unit.Disposition is not null) return desk.Refuse(ReturnsDeskCodes.UnitOnDesk, desk.NameOf(unit));
        open.Grade(grade);
        return desk.Accept(ReturnsDeskCodes.Graded, desk.NameOf(unit), grade.ToString(), unit.Suggested!.Value.ToString());
    }

    private static ScanResult Decide(ReturnsDesk desk, CustomerReturn open, ReturnDisposition disposition)
    {
        if (open.OpenUnit is not { Grade: { } grade } unit) return NotReady(desk, open);
        if (unit.Disposition is not null) return desk.Refuse(ReturnsDeskCodes.UnitOnDesk, desk.NameOf(unit));
        if (disposition == ReturnDisposition.Restock && !ReturnGrades.CanRestock(grade))
            return desk.Refuse(ReturnsDeskCodes.CannotRestock, desk.NameOf(unit), grade.ToString());
        if (disposition == ReturnDisposition.Restock && !unit.AllowsRestock)
            return desk.Refuse(ReturnsDeskCodes.CannotRestockTrace, desk.NameOf(unit), unit.Trace.ToString());
        if (ReturnDispositions.StaysInStock(disposition) && unit.SkuId is null)
            return desk.Refuse(ReturnsDeskCodes.NotOurs, desk.NameOf(unit), disposition.ToString());
        open.Decide(disposition, desk.Now);
        return desk.Accept(ReturnDispositions.StaysInStock(disposition) ? ReturnsDeskCodes.DecidedToPlace : ReturnsDeskCodes.Decided,
            desk.NameOf(unit), grade.ToString(), disposition.ToString());
    }

    private static ScanResult NotReady(ReturnsDesk desk, CustomerReturn open) =>
        open.OpenUnit is { } unit ? desk.Refuse(ReturnsDeskCodes.NotGraded, desk.NameOf(unit)) : desk.Refuse(ReturnsDeskCodes.NoUnit);

    private static ScanResult Finish(ReturnsDesk desk, CustomerReturn open)
    {
        if (open.OpenUnit is { } unit) return desk.Refuse(ReturnsDeskCodes.UnitOnDesk, desk.NameOf(unit));
        open.FinishInspection(desk.Station.Code, desk.Station.OperatorId!.Value, desk.Now);
        int Count(ReturnUnitOutcome outcome) => open.Units.Count(u => u.Outcome == outcome);
        var (arrived, missing, extra) = (Count(ReturnUnitOutcome.Arrived), Count(ReturnUnitOutcome.Missing), Count(ReturnUnitOutcome.Extra));
        desk.Record(new ReturnInspected(desk.Now, desk.Station.Code, open.OrderNumber, open.Number, arrived, missing, extra));
        // The return stays open for its refund decision; the clerk sees when the money is due.
        return desk.Accept(ReturnsDeskCodes.Inspected, open.Number, arrived.ToString(), missing.ToString(), extra.ToString(), desk.RefundDue(open));
    }

    private static ScanResult Leave(ReturnsDesk desk)
    {
        if (desk.Return is not { } open) return desk.Refuse(ReturnsDeskCodes.NoReturnOpen, ReturnsDeskCommands.Cancel);
        open.PutBackOpenUnit();
        desk.EndReturn();
        return desk.Accept(ReturnsDeskCodes.Left, open.Number);
    }
}
