using Warehouse.Core.Orders;
using Warehouse.Core.Catalog;

namespace Warehouse.Core.Shipping;

[Flags]
public enum LabelFormats
{
    None = 0,
    Zpl203 = 1,
    Zpl300 = 2,
    Pdf = 4,
}

/// <summary>
/// What a carrier takes on one service: heaviest and largest parcel (outer size, turned any way).
/// Carriers state the size rule two ways: GLS as length plus girth (longest + 2 × the other two),
/// InPost, DPD and Pocztex as the sum of the three sides; a service may have either or neither.
/// </summary>
public sealed record ParcelLimits(int MaxWeightGrams, Dimensions MaxOuter, int? MaxLengthPlusGirthMm = null, int? MaxSumOfSidesMm = null);

/// <summary>One service of a carrier: courier, locker, next day… with its limits.</summary>
public sealed record CarrierService(string Code, string Name, ParcelLimits Limits, bool ToPickupPoint = false, bool CashOnDelivery = false);

/// <summary>A sender or recipient as a carrier needs them.</summary>
public sealed record ShipmentParty(string Name, string Street, string PostalCode, string City, string CountryCode, string? Phone = null, string? Email = null);

/// <summary>
/// What we ask a carrier for one parcel. <see cref="Reference"/> is ours and unique per parcel
/// (its SSCC): the carrier stores it, and we find a shipment by it after a lost answer.
/// <see cref="DeclaredValueGrosze"/> is the order's value on its first parcel, for carriers that insure.
/// <see cref="ReturnOf"/>, on a return only: the tracking numbers of the order's parcels the return's carrier took
/// from us, for a carrier that takes back only its own parcels (<see cref="ICarrier.ReturnsOnlyItsOwnParcels"/>).
/// </summary>
public sealed record ShipmentRequest(
    string Reference,
    string OrderNumber,
    string ServiceCode,
    ShipmentParty Sender,
    ShipmentParty Recipient,
    int WeightGrams,
    Dimensions Outer,
    int LabelDpi = 203,
    string? PickupPoint = null,
    long? CashOnDeliveryGrosze = null,
    int ParcelNumber = 1,
    int ParcelCount = 1,
    long? DeclaredValueGrosze = null,
    IReadOnlyList<string>? ReturnOf = null);

/// <summary>A label as the carrier gave it: ZPL text for a label printer at <see cref="Dpi"/>, or a PDF.</summary>
public sealed record ShipmentLabel(LabelFormats Format, int? Dpi, string? Zpl, byte[]? Pdf)
{
    public static ShipmentLabel FromZpl(string zpl, int dpi) => new(dpi == 300 ? LabelFormats.Zpl300 : LabelFormats.Zpl203, dpi, zpl, null);

    public static ShipmentLabel FromPdf(byte[] pdf) => new(LabelFormats.Pdf, null, null, pdf);
}

/// <summary>
/// What finds the shipment a carrier may have made for our <see cref="Reference"/> after an answer we never
/// heard. <see cref="RequestedUtc"/> is when it was first asked for (the parcel packed, the return declared):
/// nothing for it can be older, so carriers that list shipments by date are asked from that day; the label
/// comes back at the resolution the parcel asked for.
/// </summary>
public sealed record ShipmentLookup(string Reference, DateTime RequestedUtc, int LabelDpi = 203)
{
    public static ShipmentLookup For(ShipmentRequest request, DateTime requestedUtc) => new(request.Reference, requestedUtc, request.LabelDpi);
}

/// <summary>
/// The carrier's answer: its tracking number and the label to stick on the parcel; for a return the customer
/// hands in at a locker, the <see cref="DropOffCode"/> that opens one (InPost), when the carrier gives one.
/// </summary>
public sealed record Shipment(string Reference, string TrackingNumber, ShipmentLabel Label, string? DropOffCode = null);

/// <summary>A status change the carrier reported, in its own time.</summary>
public sealed record CarrierEvent(string TrackingNumber, ParcelStatus Status, DateTime AtUtc);

/// <summary>The carrier's side of a handover: its document (PDF) when its API makes one.</summary>
public sealed record CarrierHandover(string? CarrierReference, byte[]? DocumentPdf);

/// <summary>The carrier said no to this request; sending it again will not help, a person must act.</summary>
public sealed class CarrierRefused(string reason) : Exception(reason);

/// <summary>
/// The carrier is down, slow or answered something we cannot read: try again later. <see cref="Code"/>
/// says which (<see cref="CarrierProblemCodes"/>) for the station's banner; the message is the carrier's
/// own words and ours in English, for the detail line and the log.
/// </summary>
public sealed class CarrierUnavailable(string reason, Exception? inner = null, string code = CarrierProblemCodes.Unavailable) : Exception(reason, inner)
{
    public CarrierUnavailable(string reason, string code) : this(reason, null, code) { }

    public string Code { get; } = code;
}
