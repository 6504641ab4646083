using Warehouse.Core.Shipping.TrackingNumbers;

namespace Warehouse.Core.Shipping.Sandbox;

/// <summary>
/// What makes one carrier's sandbox that carrier: its services and limits, label formats, tracking
/// number and public tracking page (<c>{0}</c> stands for the escaped number).
/// </summary>
public sealed record SandboxProfile(
    string Code,
    string Name,
    IReadOnlyList<CarrierService> Services,
    LabelFormats Labels,
    bool PushesEvents,
    ITrackingNumberFormat TrackingNumbers,
    string TrackingUrlPattern);
