using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Packing;

/// <summary>Everything one packing decision reads and changes, inside the pipeline's transaction.</summary>
internal sealed class ScanContext
{
    private readonly StationContext _at;

    public ScanContext(StationContext at, PackingSession? session, PackingOptions options)
    {
        _at = at;
        Session = session;
        Options = options;
        at.OrderNumber ??= session?.Order.Number;
    }

    public WarehouseDb Db => _at.Db;
    public Station Station => _at.Station;
    public PackingSession? Session { get; set; }
    public DateTime Now => _at.Now;
    public PackingOptions Options { get; }

    /// <summary>The station scale's latest reading, if the station has one.</summary>
    public WeightReading? LiveWeight { get; set; }

    /// <summary>Order the scan concerned, for the audit trail.</summary>
    public string? OrderNumber
    {
        get => _at.OrderNumber;
        set => _at.OrderNumber = value;
    }

    /// <summary>Writes the fact into the scan's transaction: delivered if and only if it commits.</summary>
    public void Record(FloorFact fact) => _at.Record(fact);

    public Order? Order => Session?.Order;

    public bool OrderStopped => Order is { Status: OrderStatus.Cancelled } or { IsHeld: true };

    public bool AllItemsAccountedFor => Session is { AllAccountedFor: true };

    /// <summary>What the packer should do next, from the state as it now stands.</summary>
    public FloorMessage Next()
    {
        if (Station.OperatorId is null) return new(StationCodes.NextSignIn);
        if (Station.VoidUnderway) return NextForVoid();
        if (Session is null) return new(Codes.NextScanOrder);
        if (OrderStopped) return new(Codes.NextPutAside, Session.Order.Number);
        if (Session.PendingApproval is not null)
            return Station.Approver is { } approver ? new(StationCodes.NextSupervisorPin, approver.Name) : new(Codes.NextSupervisorBadge);
        if (AllItemsAccountedFor && !Session.IsLastBox) return new(Codes.NextFewerParcels, Session.ParcelCount.ToString(), (Session.InBox.Any() ? Session.CurrentBox : Session.ClosedBoxes).ToString());
        if (AllItemsAccountedFor) return new(Codes.NextWeigh);
        return Session.ParcelCount > 1 ? new(Codes.NextScanItemBox, Session.CurrentBox.ToString(), Session.ParcelCount.ToString()) : new(Codes.NextScanItem);
    }

    private FloorMessage NextForVoid()
    {
        if (Station.VoidApprovedById is null)
            return Station.Approver is { } approver ? new(StationCodes.NextSupervisorPin, approver.Name) : new(VoidCodes.NextSupervisor);
        return Station.VoidCarrierCode is { } carrier ? new(VoidCodes.NextLabelCarrier, carrier) : new(VoidCodes.NextLabel);
    }

    public ScanResult Refuse(string code, params string[] args) => ScanResult.Refused(Next(), code, args);
    public ScanResult Accept(string code, params string[] args) => ScanResult.Ok(Next(), code, args);
}
