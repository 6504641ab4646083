namespace Warehouse.Core.Shipping;

/// <summary>How the shipment desk calls carriers (the "Shipping:Desk" section).</summary>
public sealed class ShipmentDeskOptions
{
    /// <summary>One carrier call may take this long before it counts as unanswered.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The first wait after a carrier did not answer; doubled each time up to <see cref="MaxBackOff"/>.</summary>
    public TimeSpan FirstBackOff { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackOff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the desk looks for due requests when no fact rang it.</summary>
    public TimeSpan Poll { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the carriers that do not push are asked about parcels on the road.</summary>
    public TimeSpan PollCarriers { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Requests handled at once: carriers are slow, and one slow answer must not stop the rest.</summary>
    public int Parallel { get; set; } = 4;
}
