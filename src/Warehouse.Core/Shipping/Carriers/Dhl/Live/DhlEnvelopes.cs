using System.Globalization;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dhl.Live.DhlProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dhl.Live;

/// <summary>
/// The request envelopes, built as XML trees (<see cref="CarrierXml.Text"/>): the operation element in
/// DHL's namespace, its children unqualified and <c>authData</c> first, as the envelopes hand-written
/// against DHL24 show them (ruslan-hut/dhl-test dhl/client.go).
/// </summary>
public static class DhlEnvelopes
{
    public static string CreateShipment(ShipmentRequest r, DhlAccount account, DateOnly shipmentDate)
    {
        var service = new XElement("service", new XElement("product", ProductParcelPolska));
        if (r.CashOnDeliveryGrosze is { } cod)
            service.Add(new XElement("collectOnDelivery", "true"), new XElement("collectOnDeliveryValue", Pln(cod)), new XElement("collectOnDeliveryForm", PaidByTransfer));
        if (r.DeclaredValueGrosze is { } declared)
            service.Add(new XElement("insurance", "true"), new XElement("insuranceValue", Pln(declared)));
        var shipment = new XElement("item",
            Party("shipper", r.Sender, country: false),
            Party("receiver", r.Recipient, country: true),
            new XElement("pieceList", new XElement("item",
                new XElement("type", PieceParcel),
                // Centimetres rounded up and kilograms: DHL's units; a parcel is never smaller than we say.
                new XElement("width", Cm(r.Outer.WidthMm)),
                new XElement("height", Cm(r.Outer.HeightMm)),
                new XElement("length", Cm(r.Outer.LengthMm)),
                new XElement("weight", (r.WeightGrams / 1000m).ToString("0.###", CultureInfo.InvariantCulture)),
                new XElement("quantity", 1))),
            new XElement("payment",
                new XElement("paymentMethod", PaidByTransfer),
                new XElement("payerType", PayerShipper),
                CarrierXml.Text("accountNumber", account.SapNumber)),
            service,
            new XElement("shipmentDate", shipmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            CarrierXml.Text("comment", $"{r.OrderNumber} {r.ParcelNumber}/{r.ParcelCount}"),
            CarrierXml.Text("content", r.OrderNumber),
            // Our SSCC: the lookup after a lost answer matches on it (getLabelsData gives it back).
            CarrierXml.Text("reference", r.Reference));
        return Envelope(CreateShipments, account, new XElement("shipments", shipment));
    }

    public static string Labels(string shipmentId, string labelType, DhlAccount account) =>
        Envelope(GetLabels, account, ItemsToPrint([shipmentId], labelType));

    public static string MyShipments(DateOnly from, DateOnly to, int offset, DhlAccount account) =>
        Envelope(GetMyShipments, account,
            new XElement("createdFrom", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XElement("createdTo", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XElement("offset", offset));

    public static string LabelsData(IReadOnlyList<string> shipmentIds, DhlAccount account) =>
        Envelope(GetLabelsData, account, ItemsToPrint(shipmentIds, labelType: null));

    public static string Delete(string shipmentId, DhlAccount account) =>
        Envelope(DeleteShipments, account, new XElement("shipments", CarrierXml.Text("item", shipmentId)));

    public static string Track(string shipmentId, DhlAccount account) =>
        Envelope(GetTrackAndTraceInfo, account, CarrierXml.Text("shipmentId", shipmentId));

    private static XElement ItemsToPrint(IReadOnlyList<string> shipmentIds, string? labelType) =>
        new("itemsToPrint", shipmentIds.Select(id => new XElement("item",
            labelType is null ? null : new XElement("labelType", labelType),
            CarrierXml.Text("shipmentId", id))));

    private static XElement Party(string name, ShipmentParty p, bool country) =>
        new(name,
            country ? CarrierXml.Text("country", p.CountryCode) : null,
            Address(p),
            p.Phone is null ? null : CarrierXml.Text("contactPhone", p.Phone),
            p.Email is null ? null : CarrierXml.Text("contactEmail", p.Email));

    /// <summary>name, postalCode, city, street, houseNumber, apartmentNumber: the address as every DHL24 party has it.</summary>
    internal static XElement?[] Address(ShipmentParty p)
    {
        var (street, house, apartment) = CarrierStreet.Split(p.Street);
        return
        [
            CarrierXml.Text("name", p.Name),
            // DHL takes Polish postal codes as five digits ("01249" in the clients' envelopes).
            CarrierXml.Text("postalCode", p.CountryCode == "PL" ? p.PostalCode.Replace("-", "", StringComparison.Ordinal) : p.PostalCode),
            CarrierXml.Text("city", p.City),
            CarrierXml.Text("street", street),
            CarrierXml.Text("houseNumber", house),
            apartment is null ? null : CarrierXml.Text("apartmentNumber", apartment),
        ];
    }

    private static string Pln(long grosze) => (grosze / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    internal static int Cm(int mm) => (mm + 9) / 10;

    internal static string Envelope(string operation, DhlAccount account, params object?[] content)
    {
        var auth = new XElement("authData", CarrierXml.Text("username", account.Username), CarrierXml.Text("password", account.Password));
        return CarrierSoap.Envelope(Service, "ns", operation, [auth, .. content]);
    }
}
