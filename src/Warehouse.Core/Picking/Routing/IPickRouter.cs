namespace Warehouse.Core.Picking.Routing;

/// <summary>Sequences a pick list: a closed walk from the depot through every pick and back.</summary>
public interface IPickRouter
{
    PickRoute Route(PickLayout layout, IReadOnlyList<PickPoint> picks);
}
