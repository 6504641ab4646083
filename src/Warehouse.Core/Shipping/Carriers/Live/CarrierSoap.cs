using System.Text;
using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// The SOAP 1.1 frame the hand-built carrier clients share (ADR 0012): the envelope around an operation, the
/// POST with its SOAPAction, and reading an answer back into its Body or its Fault. What a fault means — a
/// refusal, our account, a session to renew — is each carrier's to say.
/// </summary>
public static class CarrierSoap
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>Carriers' words quoted in our messages are cut here: enough to act on, short enough for a banner's detail line.</summary>
    public const int MaxQuoted = 300;

    /// <summary>The operation element in the service's namespace with <paramref name="content"/> (unqualified, as the carriers take it).</summary>
    public static string Envelope(XNamespace service, string prefix, string operation, params object?[] content)
    {
        var envelope = new XElement(Soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Soap),
            new XAttribute(XNamespace.Xmlns + prefix, service),
            new XElement(Soap + "Header"),
            new XElement(Soap + "Body", new XElement(service + operation, content)));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + envelope.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>One call: posted to the client's address as text/xml, the operation named by its SOAPAction.</summary>
    public static async Task<CarrierAnswer> SendAsync(
        this IHttpClientFactory clients, string client, string soapAction, string envelope, string carrier, string what, CarrierTimings timings, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "");
        message.Content = new StringContent(envelope, Encoding.UTF8, "text/xml");
        message.Headers.Add("SOAPAction", $"\"{soapAction}\"");
        return await clients.SendAsync(client, message, carrier, what, timings, ct);
    }

    /// <summary>
    /// The answer's Body, and its Fault's code (after any prefix: "SOAP-ENV:100" is "100") and words when it has
    /// one; a null Body when the answer is not a SOAP envelope (HTML, garbage, a DTD, too long).
    /// </summary>
    public static (XElement? Body, SoapFault? Fault) Read(CarrierAnswer answer, long maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var root = CarrierXml.TryParse(answer.Text, maxCharacters)?.Root;
        var body = root?.Name == Soap + "Envelope" ? root.Element(Soap + "Body") : null;
        if (body?.Element(Soap + "Fault") is not { } fault) return (body, null);
        var words = fault.Element("faultstring")?.Value.Trim();
        return (body, new SoapFault((fault.Element("faultcode")?.Value.Trim() ?? "").Split(':')[^1], string.IsNullOrEmpty(words) ? "no reason given" : words));
    }

    /// <summary>The child of <paramref name="parent"/> with this local name, whether the carrier qualified it or not.</summary>
    public static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>The trimmed text of <paramref name="parent"/>'s child with this local name, or null.</summary>
    public static string? Value(XElement? parent, string localName) => Child(parent, localName)?.Value.Trim();

    /// <summary>A base64 element's bytes (a label, a PDF), or none when it is missing or not base64: the caller calls that garbage.</summary>
    public static byte[] Base64(string? text)
    {
        try
        {
            return Convert.FromBase64String(text ?? "");
        }
        catch (FormatException)
        {
            return [];
        }
    }

    public static string Clip(string text) => text.Length <= MaxQuoted ? text : text[..MaxQuoted] + "…";
}

/// <summary>A SOAP fault: its code without prefix and its faultstring.</summary>
public sealed record SoapFault(string Code, string Words);
