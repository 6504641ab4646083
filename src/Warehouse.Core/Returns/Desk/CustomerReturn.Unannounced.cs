namespace Warehouse.Core.Returns;

/// <summary>
/// A parcel that came back without a declaration (no RMA on it): the desk receives it against the order
/// found by its shipping label or number. Nothing was declared, so nothing can be missing: its lines are
/// what arrived, each within what was shipped and not yet returned.
/// </summary>
public sealed partial class CustomerReturn
{
    public bool IsUnannounced => DropOff == DropOff.Unannounced;

    /// <summary>
    /// A return made at the desk for an order: declared and received at once. Its kind is the one the law
    /// gives the customer that day (a withdrawal while its window is open, a complaint after); the refund
    /// decision is still the clerk's, so a return past every window is received all the same.
    /// </summary>
    public static CustomerReturn ReceivedUnannounced(string number, int orderId, string orderNumber, ReturnKind kind, DateTime now)
    {
        var r = new CustomerReturn { Number = number, OrderId = orderId, OrderNumber = orderNumber, Kind = kind, DropOff = DropOff.Unannounced };
        r.Declare(now);
        r.Receive(now);
        return r;
    }

    /// <summary>
    /// A unit of <paramref name="shipped"/> arrived in an unannounced parcel: its line (made on the first
    /// unit) grows by one, so the unit answers it. The caller checks the order still has one to return.
    /// </summary>
    public ReturnLine ExpectUndeclared(ReturnableLine shipped)
    {
        if (!IsUnannounced) throw new InvalidOperationException("only an unannounced return grows at the desk");
        var line = Lines.FirstOrDefault(l => l.OrderLineId == shipped.OrderLineId);
        if (line is null)
        {
            line = new ReturnLine { OrderLineId = shipped.OrderLineId, SkuId = shipped.SkuId, SkuCode = shipped.SkuCode, Quantity = 0 };
            Lines.Add(line);
        }
        line.Quantity++;
        Version++;
        return line;
    }
}
