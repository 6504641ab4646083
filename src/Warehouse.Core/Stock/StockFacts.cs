using Warehouse.Core.Floor;

namespace Warehouse.Core.Stock;

/// <summary>A stock-take file was stored: its moves are in the ledger and its locations open for picking.</summary>
[EventName("stock.counted")]
public sealed record StockCounted(DateTime AtUtc, string Document, int Lines, int Units, int Locations) : FloorFact(AtUtc, null);

/// <summary>A zone and its locations were added to the layout (blocked for picking until counted).</summary>
[EventName("layout.zone_added")]
public sealed record ZoneAdded(DateTime AtUtc, string ZoneCode, int Locations) : FloorFact(AtUtc, null);

/// <summary>Locations were recounted: the books moved to the count, their count tasks closed, open for picking.</summary>
[EventName("stock.recounted")]
public sealed record LocationsCounted(DateTime AtUtc, string Document, int Locations, int Moves, int TasksClosed) : FloorFact(AtUtc, null);
