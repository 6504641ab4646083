using System.Globalization;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Gls.Live.GlsProtocol;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// The request envelopes, built as XML trees (<see cref="CarrierXml.Text"/>): the operation element in the
/// service's namespace, its parts unqualified, in the WSDL's order (kerogos/gls-polska src/Soap/*.php, generated
/// from it). Every call but adeLogin carries the session first; the password goes in adeLogin only.
/// </summary>
public static class GlsEnvelopes
{
    public static string Login(GlsAccount account) =>
        Envelope(GlsProtocol.Login, CarrierXml.Text("user_name", account.Login), CarrierXml.Text("user_password", account.Password));

    /// <summary>One consignment of one parcel (cConsign): our SSCC as its references and the parcel's, for the lookup.</summary>
    public static string Insert(string session, ShipmentRequest r, DateOnly date)
    {
        var consign = new XElement("consign_prep_data",
            Party("r", r.Recipient),
            // Our SSCC: the lookup after a lost answer matches on it (GetConsign gives it back).
            CarrierXml.Text("references", r.Reference),
            CarrierXml.Text("notes", $"{r.OrderNumber} {r.ParcelNumber}/{r.ParcelCount}"),
            new XElement("quantity", 1),
            new XElement("weight", Kg(r.WeightGrams)),
            new XElement("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new XElement("sendaddr",
                CarrierXml.Text("name1", r.Sender.Name),
                CarrierXml.Text("country", r.Sender.CountryCode),
                CarrierXml.Text("zipcode", PostalCode(r.Sender)),
                CarrierXml.Text("city", r.Sender.City),
                CarrierXml.Text("street", r.Sender.Street)),
            r.CashOnDeliveryGrosze is { } cod
                ? new XElement("srv_bool", new XElement("cod", 1), new XElement("cod_amount", (cod / 100m).ToString("0.00", CultureInfo.InvariantCulture)))
                : null,
            new XElement("parcels", new XElement("items",
                CarrierXml.Text("reference", r.Reference),
                new XElement("weight", Kg(r.WeightGrams)))));
        return Envelope(GlsProtocol.Insert, Session(session), consign);
    }

    /// <summary>
    /// A ShopReturn return (cSRSQuick, in the WSDL's order): the customer sends back (s…), the warehouse receives
    /// (r…), our SSCC as its references. Expiry, e-mail by GLS and package size are left to GLS's defaults.
    /// </summary>
    public static string Return(string session, ShipmentRequest r, string mode)
    {
        var quick = new XElement("return",
            Party("s", r.Sender),
            Party("r", r.Recipient),
            CarrierXml.Text("references", r.Reference),
            CarrierXml.Text("notes", r.OrderNumber));
        return Envelope(ReturnCreate, Session(session), quick, CarrierXml.Text("mode", mode));
    }

    public static string Labels(string session, long consignId, string mode) =>
        Envelope(LabelsExt, Session(session), new XElement("id", consignId), new XElement("mode", mode));

    public static string Ids(string session, long idStart) =>
        Envelope(ConsignIds, Session(session), new XElement("id_start", idStart));

    public static string Get(string session, long consignId) =>
        Envelope(Consign, Session(session), new XElement("id", consignId));

    public static string Delete(string session, long consignId) =>
        Envelope(DeleteConsign, Session(session), new XElement("id", consignId));

    public static string Pickup(string session, IReadOnlyList<long> consignIds, string description) =>
        Envelope(PickupCreate, Session(session),
            new XElement("consigns_ids", consignIds.Select(id => new XElement("items", id))),
            CarrierXml.Text("desc", description));

    public static string Receipt(string session, long pickupId) =>
        Envelope(PickupReceipt, Session(session), new XElement("id", pickupId), new XElement("mode", ReceiptCondensed));

    public static string Search(string session, string parcelNumber) =>
        Envelope(ParcelNumberSearch, Session(session), CarrierXml.Text("number", parcelNumber));

    /// <summary>
    /// A party as cConsign's recipient (r…) and cSRSQuick's sender (s…) and recipient (r…) are written: name1,
    /// country, zipcode, city, street, phone, contact (e-mail, else phone, else the name).
    /// </summary>
    private static XElement?[] Party(string prefix, ShipmentParty p) =>
    [
        CarrierXml.Text(prefix + "name1", p.Name),
        CarrierXml.Text(prefix + "country", p.CountryCode),
        CarrierXml.Text(prefix + "zipcode", PostalCode(p)),
        CarrierXml.Text(prefix + "city", p.City),
        CarrierXml.Text(prefix + "street", p.Street),
        p.Phone is null ? null : CarrierXml.Text(prefix + "phone", p.Phone),
        CarrierXml.Text(prefix + "contact", p.Email ?? p.Phone ?? p.Name),
    ];

    private static XElement Session(string session) => CarrierXml.Text("session", session);

    // GLS takes Polish postal codes as five digits ("51001" in the clients' consignments).
    private static string PostalCode(ShipmentParty p) => p.CountryCode == "PL" ? p.PostalCode.Replace("-", "", StringComparison.Ordinal) : p.PostalCode;

    private static string Kg(int grams) => (grams / 1000m).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Envelope(string operation, params object?[] content) => CarrierSoap.Envelope(Service, "ade", operation, content);
}
