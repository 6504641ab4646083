using System.Globalization;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dhl.Live.DhlProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dhl.Live;

/// <summary>
/// A customer's return as DHL24's createShipmentReturn takes it: DHL Parcel Return Polska (ZK), the customer the
/// shipper, the warehouse the receiver and payer (RECEIVER on our SAP number), no courier booked, so the customer
/// hands the labelled parcel in at a DHL POP. What a DHL POP does not take is refused here, before any call.
/// Field names and order are the WSDL's types (ReturnShipmentInfo, ReturnShip, ReturnAddressat with
/// preaviso/contact/address, ReturnPackage), as kerog/dhl-polska src/DTO generates them.
/// </summary>
public static class DhlReturnShipment
{
    /// <summary>Throws <see cref="CarrierRefused"/>, saying what to do instead, for a return DHL24 cannot make this way.</summary>
    public static void Check(ShipmentRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Sender.CountryCode != "PL" || r.Recipient.CountryCode != "PL")
            throw new CarrierRefused($"A DHL return from {r.Sender.CountryCode} to {r.Recipient.CountryCode} is not a domestic return (ZK); returns from abroad (DHL Parcel Return Connect, ZC) are not built: make this one in DHL24.");
        if (r.CashOnDeliveryGrosze is not null)
            throw new CarrierRefused("A return carries no cash on delivery: the refund is ours to pay, not DHL's to collect.");
        // A DHL POP takes what DHL Parcel Polska takes: one piece up to 31.5 kg and 120 × 60 × 60 cm.
        if (ParcelLimitCheck.Refusal(DhlSandbox.Profile.Services[0], r.WeightGrams, r.Outer) is { } tooBig)
            throw new CarrierRefused($"{tooBig} A DHL POP does not take it: make this return in DHL24 with a courier at the customer's door.");
    }

    public static string Envelope(ShipmentRequest r, DhlAccount account, DateOnly today, string labelType)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(account);
        var shipment = new XElement("shipment",
            new XElement("shipmentInfo",
                new XElement("serviceType", ReturnDomestic),
                // No courier to the customer's door: they take the parcel to a DHL POP.
                new XElement("bookCourier", "false"),
                new XElement("billing",
                    new XElement("shippingPaymentType", PayerReceiver),
                    CarrierXml.Text("billingAccountNumber", account.SapNumber),
                    new XElement("paymentType", PaidByTransfer)),
                new XElement("shipmentTime", new XElement("labelExpDate", today.AddDays(ReturnLabelDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                new XElement("labelType", labelType)),
            CarrierXml.Text("content", r.OrderNumber),
            // Our SSCC: the lookup after a lost answer matches on it, as for a parcel of ours.
            CarrierXml.Text("reference", r.Reference),
            new XElement("ship", Party("shipper", r.Sender), Party("receiver", r.Recipient)),
            new XElement("pieceList", new XElement("item",
                new XElement("type", PieceParcel),
                // ReturnPackage's weight is whole kilograms: rounded up, a parcel is never lighter than we say.
                new XElement("weight", Math.Max(1, (r.WeightGrams + 999) / 1000)),
                new XElement("width", DhlEnvelopes.Cm(r.Outer.WidthMm)),
                new XElement("height", DhlEnvelopes.Cm(r.Outer.HeightMm)),
                new XElement("length", DhlEnvelopes.Cm(r.Outer.LengthMm)),
                new XElement("quantity", 1),
                new XElement("nonStandard", "false"))));
        return DhlEnvelopes.Envelope(CreateShipmentReturn, account, shipment);
    }

    /// <summary>A ReturnAddressat: whom DHL notifies (preaviso) and calls (contact) — given when we have a phone or e-mail — and the address.</summary>
    private static XElement Party(string name, ShipmentParty p) =>
        new(name,
            Contact("preaviso", p),
            Contact("contact", p),
            new XElement("address", CarrierXml.Text("country", p.CountryCode), DhlEnvelopes.Address(p)));

    private static XElement? Contact(string name, ShipmentParty p) =>
        p.Phone is null && p.Email is null ? null
            : new XElement(name,
                CarrierXml.Text("personName", p.Name),
                p.Phone is null ? null : CarrierXml.Text("phoneNumber", p.Phone),
                p.Email is null ? null : CarrierXml.Text("emailAddress", p.Email));
}
