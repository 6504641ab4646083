using System.Globalization;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dpd.Live.DpdProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>Login, password and FID (authDataV1), sent in every call's body: DPD has no token.</summary>
public sealed record DpdAccount(string Login, string Password, string MasterFid);

/// <summary>
/// The request envelopes, built as XML trees so every value is escaped by the writer (a name with
/// <c>&lt;</c>, <c>&amp;</c> or <c>]]&gt;</c> stays a name). Characters XML cannot carry at all (control
/// characters) are dropped rather than failing the call. Elements go in the WSDL's order.
/// </summary>
public static class DpdEnvelopes
{
    public static string Numbers(ShipmentRequest r, DpdAccount account)
    {
        var services = new XElement("services");
        if (r.CashOnDeliveryGrosze is { } cod) services.Add(Money("cod", cod));
        if (r.DeclaredValueGrosze is { } declared) services.Add(Money("declaredValue", declared));
        var package = new XElement("packages",
            new XElement("parcels",
                Text("content", $"{r.OrderNumber} {r.ParcelNumber}/{r.ParcelCount}"),
                Text("reference", r.Reference),
                // Centimetres, rounded up: DPD measures in whole centimetres and a parcel is never smaller than we say.
                new XElement("sizeX", Cm(r.Outer.LengthMm)),
                new XElement("sizeY", Cm(r.Outer.WidthMm)),
                new XElement("sizeZ", Cm(r.Outer.HeightMm)),
                new XElement("weight", (r.WeightGrams / 1000m).ToString("0.###", CultureInfo.InvariantCulture))),
            new XElement("payerType", "SENDER"),
            Party("receiver", r.Recipient, fid: null),
            Text("ref1", r.OrderNumber),
            Text("reference", r.Reference),
            Party("sender", r.Sender, account.MasterFid),
            services);
        return Envelope(GenerateNumbers,
            new XElement("openUMLFeV3", package),
            new XElement("pkgNumsGenerationPolicyV1", NumbersPolicy),
            new XElement("langCode", "PL"),
            Auth(account));
    }

    /// <summary>Labels of parcels named by waybill; by our reference when <paramref name="byReference"/> (the lookup after a lost answer).</summary>
    public static string Labels(string key, bool byReference, string format, DpdAccount account) =>
        Envelope(GenerateLabels,
            Params(Text(byReference ? "reference" : "waybill", key)),
            new XElement("outputDocFormatV1", format),
            new XElement("outputDocPageFormatV1", PageLabelPrinter),
            new XElement("outputLabelType", LabelType),
            new XElement("labelVariant"),
            Auth(account));

    /// <summary>
    /// The return label of the parcels DPD brought (<see cref="ShipmentRequest.ReturnOf"/>) to us, the request's
    /// recipient (pudoReturnReceiver: the address fields of a package's receiver, without FID). No reference of
    /// ours goes with it: the operation has no field for one.
    /// </summary>
    public static string ReturnLabel(ShipmentRequest r, string format, DpdAccount account) =>
        Envelope(GenerateDomesticReturnLabel,
            new XElement("returnedWaybillsV1", (r.ReturnOf ?? []).Select(w => Text("waybill", w))),
            Party("receiver", r.Recipient, fid: null),
            new XElement("outputDocFormatV1", format),
            new XElement("outputDocPageFormatV1", PageLabelPrinter),
            new XElement("outputLabelType", ReturnLabelType),
            new XElement("labelVariant"),
            Auth(account));

    public static string Protocol(IReadOnlyList<string> waybills, DpdAccount account) =>
        Envelope(GenerateProtocol,
            Params([.. waybills.Select(w => Text("waybill", w))]),
            new XElement("outputDocFormatV1", FormatPdf),
            new XElement("outputDocPageFormatV1", PageA4),
            Auth(account));

    /// <summary>
    /// Every event of one waybill (DPDInfoServices getEventsForWaybillV1, the children in the WSDL's order). Its
    /// authDataV1 has no FID: the channel names a customer's event feed (getEventsForCustomer), and is left
    /// empty when asking by waybill.
    /// </summary>
    public static string Events(string waybill, DpdAccount account) =>
        Envelope(DpdTrackingProtocol.Events, "even", DpdTrackingProtocol.GetEvents,
            Text("waybill", waybill),
            new XElement("eventsSelectType", DpdTrackingProtocol.AllEvents),
            new XElement("language", DpdTrackingProtocol.Language),
            new XElement("authDataV1", new XElement("channel", ""), Text("login", account.Login), Text("password", account.Password)));

    private static XElement Params(params XElement[] parcels) =>
        new("dpdServicesParamsV1",
            new XElement("policy", NumbersPolicy),
            new XElement("session",
                new XElement("packages", parcels.Select(p => new XElement("parcels", p))),
                new XElement("sessionType", SessionDomestic)));

    private static XElement Party(string name, ShipmentParty p, string? fid) =>
        new(name,
            Text("address", p.Street),
            Text("city", p.City),
            Text("company", p.Name),
            Text("countryCode", p.CountryCode),
            p.Email is null ? null : Text("email", p.Email),
            fid is null ? null : Text("fid", fid),
            Text("name", p.Name),
            p.Phone is null ? null : Text("phone", p.Phone),
            // DPD takes Polish postal codes as five digits ("02274" in its examples).
            Text("postalCode", p.CountryCode == "PL" ? p.PostalCode.Replace("-", "", StringComparison.Ordinal) : p.PostalCode));

    private static XElement Money(string name, long grosze) =>
        new(name, new XElement("amount", (grosze / 100m).ToString("0.00", CultureInfo.InvariantCulture)), new XElement("currency", "PLN"));

    private static XElement Auth(DpdAccount a) =>
        new("authDataV1", Text("login", a.Login), Text("masterFid", a.MasterFid), Text("password", a.Password));

    private static int Cm(int mm) => (mm + 9) / 10;

    /// <summary>An element with text XML can carry (<see cref="CarrierXml.Text"/>).</summary>
    public static XElement Text(string name, string value) => CarrierXml.Text(name, value);

    private static string Envelope(string operation, params object?[] content) => Envelope(Services, "dpd", operation, content);

    private static string Envelope(XNamespace service, string prefix, string operation, params object?[] content) =>
        CarrierSoap.Envelope(service, prefix, operation, content);
}
