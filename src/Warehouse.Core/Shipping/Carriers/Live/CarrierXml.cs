using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>
/// XML to and from a SOAP carrier. Values go out as text nodes, so the writer escapes them (a name with
/// <c>&lt;</c>, <c>&amp;</c> or <c>]]&gt;</c> stays a name); answers come in through a reader that refuses
/// DTDs (no entity expansion, no external fetch) and stops past a size, so a hostile or broken answer
/// costs a parse error, not memory.
/// </summary>
public static class CarrierXml
{
    /// <summary>An element with text XML can carry: characters it cannot (U+0001…) are left out rather than failing the call.</summary>
    public static XElement Text(XName name, string value) => new(name, Kept(value));

    /// <summary>An attribute with text XML can carry (e-Nadawca puts names and addresses in attributes); the writer escapes it.</summary>
    public static XAttribute Attribute(XName name, string value) => new(name, Kept(value));

    private static string Kept(string value)
    {
        var kept = new StringBuilder(value.Length);
        foreach (var c in value) if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) kept.Append(c);
        return kept.ToString();
    }

    /// <summary>
    /// The document, or null when <paramref name="body"/> is not well-formed XML, declares a DTD (<c>XDocument.Parse</c>
    /// alone would expand its entities) or is longer than <paramref name="maxCharacters"/> (0: no limit).
    /// </summary>
    public static XDocument? TryParse(string body, long maxCharacters = 0)
    {
        if (string.IsNullOrWhiteSpace(body) || maxCharacters > 0 && body.Length > maxCharacters) return null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(body), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
