using Warehouse.Core.Floor;

namespace Warehouse.Core.Picking.Waves;

/// <summary>A wave's pick lists are made: the pickers can take them.</summary>
[EventName("wave.released")]
public sealed record WaveReleased(DateTime AtUtc, string WaveNumber, int Orders, int Held, int PickLists, int Lines) : FloorFact(AtUtc, null);

/// <summary>An order's stock is allocated and it is on its way to a pick list.</summary>
[EventName("order.released")]
public sealed record OrderReleased(DateTime AtUtc, string OrderNumber, string WaveNumber) : FloorFact(AtUtc, null);
