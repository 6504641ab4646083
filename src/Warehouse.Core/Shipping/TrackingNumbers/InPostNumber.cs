namespace Warehouse.Core.Shipping.TrackingNumbers;

/// <summary>
/// InPost (ShipX): 24 digits, e.g. 620000014433330021832001. InPost publishes no check-digit rule, and
/// the public examples do not pass GS1 mod 10, so only the shape is checked. The sandbox starts its
/// numbers with 6, as ShipX shipments do, and puts the serial in the last 18 digits.
/// </summary>
public sealed class InPostNumber : ITrackingNumberFormat
{
    public static readonly InPostNumber Instance = new();

    private const string Prefix = "620000";

    public string Description => "InPost, 24 digits";

    public long SerialSpace => 1_000_000_000_000_000_000;

    public string Create(long serial) => Prefix + Digits.Serial(serial, 18, SerialSpace);

    public bool IsValid(string? trackingNumber) => Digits.All(trackingNumber, 24);
}
