using System.Net;
using System.Xml.Linq;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Dpd.Live.DpdProtocol;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// The SOAP frame every DPD service answers in (DPDServices and DPDInfoServices are the same JAX-WS stack):
/// the operation's <c>return</c> element, or the failure. A SOAP fault is DPD refusing the request in its
/// own words — unless the words are about our account, which no parcel can fix; an error status without a
/// fault, or anything that is not the response, is DPD (or something in front of it) not working.
/// </summary>
internal static class DpdSoapAnswer
{
    public static XElement Return(HttpStatusCode code, string body, XName response, string what, IEnumerable<string> accountWords, long maxCharacters = 0)
    {
        var root = CarrierXml.TryParse(body, maxCharacters)?.Root;
        var soapBody = root?.Name == Soap + "Envelope" ? root.Element(Soap + "Body") : null;
        if (soapBody?.Element(Soap + "Fault") is { } fault)
        {
            var text = fault.Element("faultstring")?.Value.Trim();
            var detail = fault.Element("detail")?.Descendants().Where(e => e.Name.LocalName == "message").Select(e => e.Value.Trim()).FirstOrDefault(m => m.Length > 0);
            var words = string.IsNullOrEmpty(text) ? detail ?? "no reason given" : text;
            if (accountWords.Any(s => words.Contains(s, StringComparison.OrdinalIgnoreCase))) throw Credentials(words, what);
            throw new CarrierRefused($"DPD refused {what}: {DpdAnswers.Clip(words)}");
        }
        var status = (int)code;
        if (status is < 200 or >= 300)
            throw new CarrierUnavailable($"DPD answered {status} to {what} without a SOAP fault: {DpdAnswers.Clip(body)}", CarrierProblemCodes.ServerError);
        return soapBody?.Element(response)?.Element("return")
            ?? throw new CarrierUnavailable($"DPD's answer to {what} is not a {response.LocalName}: {DpdAnswers.Clip(body)}", CarrierProblemCodes.Garbage);
    }

    public static CarrierUnavailable Credentials(string status, string what) =>
        // Our account, not this parcel: every parcel waits until the setting is fixed, none needs a person.
        new($"DPD refused our account ({DpdAnswers.Clip(status)}) on {what}; check Shipping:Carriers:DPD:Login, ApiToken (the password) and OrganizationId (the FID).", CarrierProblemCodes.Credentials);
}
