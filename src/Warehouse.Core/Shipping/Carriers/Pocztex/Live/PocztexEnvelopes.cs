using System.Globalization;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Pocztex.Live.PocztexProtocol;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// The calls to e-Nadawca as SOAP envelopes, by hand (ADR 0012). Values go in through <see cref="CarrierXml"/>,
/// so a name with &lt;, &amp; or ^XZ stays a name; e-Nadawca carries names and addresses in attributes, cut to the
/// lengths its schema allows (a longer one is a schema fault for the whole parcel). Grams and grosze as e-Nadawca
/// counts them (masaType, kwotaPobraniaType, wartoscType).
/// </summary>
public static class PocztexEnvelopes
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>
    /// One Pocztex Kurier parcel (pocztex2021KurierType; przesylkaType is abstract, so xsi:type names it) into the
    /// default buffer: the guid made from our SSCC, which also goes as numerPrzesylkiKlienta, the sender's own number.
    /// </summary>
    public static string Add(ShipmentRequest r, string guid)
    {
        var parcel = new XElement("przesylki",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "type", "en:" + CourierType),
            new XAttribute("guid", guid),
            CarrierXml.Attribute("opis", Cut($"{r.OrderNumber} {r.ParcelNumber}/{r.ParcelCount}", 500)),
            Address("adres", r.Recipient),
            Address("nadawca", r.Sender),
            r.CashOnDeliveryGrosze is { } cod
                ? new XElement("pobranie", new XAttribute("sposobPobrania", "RACHUNEK_BANKOWY"), new XAttribute("kwotaPobrania", cod))
                : null,
            new XElement("masa", r.WeightGrams),
            r.DeclaredValueGrosze is { } value ? new XElement("wartosc", value) : null,
            // Our SSCC (18 digits; the field takes 25): on the label and in e-Nadawca's lists.
            CarrierXml.Text("numerPrzesylkiKlienta", r.Reference),
            r.PickupPoint is { } point ? new XElement("punktOdbioru", CarrierXml.Attribute("id", point)) : null);
        return Envelope(AddShipment, parcel);
    }

    /// <summary>The address label of each parcel, by guid: ZPL at the printer's resolution, or PDF.</summary>
    public static string Labels(IEnumerable<string> guids, bool zpl, int dpi) =>
        Envelope(PrintForParcel,
            guids.Select(g => new XElement("guid", g)),
            new XElement("type",
                new XElement("kind", LabelKind),
                new XElement("method", EachParcel),
                new XElement("format", zpl ? Zpl : Pdf),
                zpl ? new XElement("resolution", dpi == 300 ? Dpi300 : Dpi203) : null));

    public static string ListBuffer() => Envelope(EnvelopeBufor);

    public static string Clear(string guid) => Envelope(ClearByGuids, new XElement("guid", guid));

    public static string Send() => Envelope(SendEnvelope);

    public static string Book(int envelopeId) => Envelope(OutboxBook, new XElement("idEnvelope", envelopeId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>adresType: name (60, the rest in nazwa2), street, house and flat apart, town, postal code, contacts.</summary>
    private static XElement Address(string element, ShipmentParty p)
    {
        var (street, house, flat) = CarrierStreet.Split(p.Street);
        return new XElement(element,
            CarrierXml.Attribute("nazwa", Cut(p.Name, 60)),
            p.Name.Length > 60 ? CarrierXml.Attribute("nazwa2", Cut(p.Name[60..], 60)) : null,
            CarrierXml.Attribute("ulica", Cut(street, 255)),
            CarrierXml.Attribute("numerDomu", Cut(house, 11)),
            flat is null ? null : CarrierXml.Attribute("numerLokalu", Cut(flat, 11)),
            CarrierXml.Attribute("miejscowosc", Cut(p.City, 63)),
            CarrierXml.Attribute("kodPocztowy", Cut(p.CountryCode == "PL" ? p.PostalCode.Replace("-", "", StringComparison.Ordinal) : p.PostalCode, 10)),
            p.Phone is null ? null : CarrierXml.Attribute("telefon", Cut(p.Phone, 20)),
            p.Phone is null ? null : CarrierXml.Attribute("mobile", Cut(p.Phone, 20)),
            p.Email is null ? null : CarrierXml.Attribute("email", Cut(p.Email, 50)));
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static string Envelope(string operation, params object?[] content) => CarrierSoap.Envelope(Service, "en", operation, content);
}
