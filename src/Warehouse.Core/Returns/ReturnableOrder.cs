using Warehouse.Core.Catalog;

namespace Warehouse.Core.Returns;

/// <summary>
/// An order as the return rules see it: per line what was shipped and what is already on a return,
/// and when the customer received the last parcel (null while any parcel is still on its way); <see cref="CarriedBy"/>
/// the codes of the carriers that took a parcel of it from us (with its tracking number).
/// </summary>
public sealed record ReturnableOrder(string OrderNumber, DateTime? ReceivedUtc, IReadOnlyList<ReturnableLine> Lines, IReadOnlySet<string> CarriedBy)
{
    public ReturnableLine? Line(int orderLineId) => Lines.FirstOrDefault(l => l.OrderLineId == orderLineId);
}

/// <param name="Shipped">Units that left the warehouse on a parcel that was handed over.</param>
/// <param name="Returned">Units already on a return of this order (any status): they cannot come back twice.</param>
public sealed record ReturnableLine(int OrderLineId, int SkuId, string SkuCode, string SkuName, int Shipped, int Returned, WithdrawalExclusion Exclusion)
{
    public int Left => Math.Max(0, Shipped - Returned);
}

/// <summary>What the customer asks for on the portal's form, already read as values.</summary>
public sealed record ReturnRequest(ReturnKind Kind, DropOff DropOff, IReadOnlyList<ReturnRequestLine> Lines, bool WithdrawalConfirmed);

public sealed record ReturnRequestLine(int OrderLineId, int Quantity, ReturnReason? Reason, string? Note);
