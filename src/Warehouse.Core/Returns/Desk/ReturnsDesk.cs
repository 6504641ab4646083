using System.Globalization;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Returns.Refunds;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Returns.Desk;

/// <summary>Everything one decision at a returns desk reads and changes, inside the pipeline's transaction.</summary>
internal sealed class ReturnsDesk
{
    private readonly StationContext _at;
    private readonly TimeZoneInfo _zone;

    public ReturnsDesk(StationContext at, CustomerReturn? open, ReturnPrices prices, IReadOnlyDictionary<int, string> names, TimeZoneInfo zone)
    {
        _at = at;
        _zone = zone;
        Return = open;
        Prices = prices;
        Names = names;
        at.OrderNumber ??= open?.OrderNumber;
    }

    public WarehouseDb Db => _at.Db;
    public Station Station => _at.Station;
    public DateTime Now => _at.Now;
    public CustomerReturn? Return { get; set; }
    public TimeZoneInfo Zone => _zone;

    /// <summary>What the open return's order lines cost, for its full refund.</summary>
    public ReturnPrices Prices { get; set; }

    public long FullRefund => Return?.FullRefundMinor(Prices.UnitPrices) ?? 0;

    /// <summary>The day the refund is due (floor date), or "held" while a withdrawal's refund may still wait.</summary>
    public string RefundDue(CustomerReturn r) => RefundDeadline.For(r).DueUtc is { } due
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(due, DateTimeKind.Utc), _zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : "-";

    /// <summary>Product names by SKU id, for the return's lines and what was scanned.</summary>
    public IReadOnlyDictionary<int, string> Names { get; set; }

    public string? OrderNumber
    {
        get => _at.OrderNumber;
        set => _at.OrderNumber = value;
    }

    public void Record(FloorFact fact) => _at.Record(fact);

    public string NameOf(ReturnUnit unit) => unit.SkuId is int id && Names.TryGetValue(id, out var name) ? name : unit.Code;

    public FloorMessage Next()
    {
        if (Station.OperatorId is null) return new(StationCodes.NextSignIn);
        if (Return is not { } r) return new(ReturnsDeskCodes.NextScanParcel);
        if (r.AwaitsRefundDecision) return NextForRefund(r);
        if (r.OpenUnit is { AwaitsPlace: true } decided) return new(ReturnsDeskCodes.NextPlace, NameOf(decided), decided.Disposition!.Value.ToString());
        if (r.OpenUnit is { } unit)
        {
            return unit.Suggested is { } suggested
                ? new(ReturnsDeskCodes.NextDisposition, NameOf(unit), suggested.ToString())
                : new(ReturnsDeskCodes.NextGrade, NameOf(unit));
        }

        return r.StillExpected > 0 ? new(ReturnsDeskCodes.NextScanItem, r.StillExpected.ToString()) : new(ReturnsDeskCodes.NextFinish, r.Number);
    }

    private FloorMessage NextForRefund(CustomerReturn r) => r.RefundDraft switch
    {
        RefundDecision.Partial when r.RefundDraftMinor is null => new(ReturnsDeskCodes.NextRefundAmount, RefundAmount.Arg(FullRefund), Prices.Currency),
        RefundDecision.Partial or RefundDecision.Rejected => new(ReturnsDeskCodes.NextRefundReason, r.Number),
        _ => new(ReturnsDeskCodes.NextRefund, r.Number, RefundDue(r)),
    };

    public ScanResult Refuse(string code, params string[] args) => ScanResult.Refused(Next(), code, args);
    public ScanResult Accept(string code, params string[] args) => ScanResult.Ok(Next(), code, args);

    /// <summary>The desk is done with the return (inspected or left): it waits for the next parcel.</summary>
    public void EndReturn()
    {
        Return?.ClearRefundDraft();
        Station.TaskId = null;
        Return = null;
        Prices = ReturnPrices.None;
    }
}
