namespace Warehouse.Core.Shipping;

/// <summary>
/// A webhook call we took, by its signature: the same signed call again inside the time window is
/// a replay and is refused. Kept a little longer than the window, then swept.
/// </summary>
public sealed class CarrierWebhookReceipt
{
    public long Id { get; set; }
    public required string CarrierCode { get; set; }
    public required string Signature { get; set; }
    public DateTime ReceivedUtc { get; set; }
}
