using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Staff;

namespace Warehouse.Core.Packing;

/// <summary>Everything one scan decision reads and changes, inside one transaction.</summary>
internal sealed class ScanContext(WarehouseDb db, Station station, PackingSession? session, DateTime now, PackingOptions options)
{
    public WarehouseDb Db { get; } = db;
    public Station Station { get; } = station;
    public PackingSession? Session { get; set; } = session;
    public DateTime Now { get; } = now;
    public PackingOptions Options { get; } = options;

    /// <summary>The station scale's latest reading, if the station has one.</summary>
    public WeightReading? LiveWeight { get; init; }

    /// <summary>Order the scan concerned, for the audit trail.</summary>
    public string? OrderNumber { get; set; } = session?.Order.Number;

    /// <summary>Events to publish once the transaction has committed.</summary>
    public List<FloorEvent> Events { get; } = [];

    public Order? Order => Session?.Order;

    public bool OrderStopped => Order is { Status: OrderStatus.Cancelled or OrderStatus.OnHold };

    public bool AllItemsAccountedFor =>
        Session is not null &&
        (Session.ShortApprovedBy is not null ||
         Session.Order.Lines.All(l => Session.ScannedOf(l.SkuId) >= l.Quantity));

    /// <summary>What the packer should do next, from the state as it now stands.</summary>
    public FloorMessage Next()
    {
        if (Station.OperatorId is null) return new(Codes.NextSignIn);
        if (Session is null) return new(Codes.NextScanOrder);
        if (OrderStopped) return new(Codes.NextPutAside, Session.Order.Number);
        if (Session.PendingApproval is not null) return new(Codes.NextSupervisorBadge);
        return AllItemsAccountedFor ? new(Codes.NextWeigh) : new(Codes.NextScanItem);
    }

    public ScanResult Refuse(string code, params string[] args) => ScanResult.Refused(Next(), code, args);
    public ScanResult Accept(string code, params string[] args) => ScanResult.Ok(Next(), code, args);
}
