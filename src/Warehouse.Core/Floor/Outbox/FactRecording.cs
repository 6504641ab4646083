using Warehouse.Core.Data;

namespace Warehouse.Core.Floor.Outbox;

public static class FactRecording
{
    /// <summary>
    /// Writes the fact into this context's transaction: it is delivered if and only if the change
    /// that caused it commits. The context must be inside an explicit transaction (<see cref="FactOrder"/>).
    /// </summary>
    public static void Record(this WarehouseDb db, FloorFact fact) => db.Outbox.Add(new OutboxFact
    {
        AtUtc = fact.AtUtc,
        Type = EventNames.Of(fact),
        StationCode = fact.StationCode,
        Payload = FactJson.Write(fact),
    });
}
