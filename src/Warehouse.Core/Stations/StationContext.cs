using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;

namespace Warehouse.Core.Stations;

/// <summary>What the pipeline gives a handler for one decision: inside one transaction, at one station.</summary>
public sealed class StationContext(WarehouseDb db, Station station, DateTime now, StationOptions options)
{
    public WarehouseDb Db { get; } = db;
    public Station Station { get; } = station;
    public DateTime Now { get; } = now;
    public StationOptions Options { get; } = options;

    /// <summary>Order the decision concerned, for the audit trail.</summary>
    public string? OrderNumber { get; set; }

    /// <summary>Writes the fact into the decision's transaction: delivered if and only if it commits.</summary>
    public void Record(FloorFact fact) => Db.Record(fact);

    /// <summary>Live signals to send once the transaction has committed; never stored.</summary>
    public List<FloorSignal> Signals { get; } = [];
}
