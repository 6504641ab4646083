using Warehouse.Core.Floor;

namespace Warehouse.Core.Returns;

/// <summary>A customer declared a return on the portal (written with it): the acknowledgement notice is sent from it.</summary>
[EventName("return.declared")]
public sealed record ReturnDeclared(DateTime AtUtc, string OrderNumber, string ReturnNumber, ReturnKind Kind, int Units) : FloorFact(AtUtc, null);

/// <summary>The carrier gave the return its label or drop-off code.</summary>
[EventName("return.labelled")]
public sealed record ReturnLabelled(DateTime AtUtc, string OrderNumber, string ReturnNumber, string CarrierCode, string TrackingNumber) : FloorFact(AtUtc, null);

/// <summary>
/// A supervisor cleared that the return's label was asked of a carrier that cannot find it (none found at the carrier
/// under its reference): the next look asks again.
/// </summary>
[EventName("return.label_ask_cleared")]
public sealed record ReturnLabelAskCleared(DateTime AtUtc, string OrderNumber, string ReturnNumber, string CarrierCode, int SupervisorId) : FloorFact(AtUtc, null);

/// <summary>The carrier scanned the return for the first time: the customer's proof of sending, which ends a withdrawal's refund hold.</summary>
[EventName("return.in_transit")]
public sealed record ReturnInTransit(DateTime AtUtc, string OrderNumber, string ReturnNumber, string CarrierCode, string TrackingNumber) : FloorFact(AtUtc, null);
