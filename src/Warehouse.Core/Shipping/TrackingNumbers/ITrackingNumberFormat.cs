namespace Warehouse.Core.Shipping.TrackingNumbers;

/// <summary>
/// One carrier's tracking number: its shape and, where the carrier publishes one, its check digit.
/// The sandboxes make numbers with <see cref="Create"/>; webhooks and scans are checked with <see cref="IsValid"/>.
/// </summary>
public interface ITrackingNumberFormat
{
    /// <summary>How a packer would recognise it: "InPost, 24 digits".</summary>
    string Description { get; }

    /// <summary>The largest serial <see cref="Create"/> takes; serials wrap below it.</summary>
    long SerialSpace { get; }

    /// <summary>The number for <paramref name="serial"/> (0 to <see cref="SerialSpace"/> − 1), check digit included.</summary>
    string Create(long serial);

    bool IsValid(string? trackingNumber);
}
