using System.Xml;
using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// DPD's answers as XML trees, read with DTDs prohibited: <c>XDocument.Parse</c> alone parses a DTD and
/// expands its entities (up to ten million characters), so a hostile answer could make one small body
/// into a large tree. DPD's service never sends a DTD; an answer that carries one is not DPD's.
/// </summary>
internal static class DpdXml
{
    /// <summary>The document, or null when <paramref name="body"/> is not well-formed XML, carries a DTD or is longer than <paramref name="maxCharacters"/> (0: no limit).</summary>
    public static XDocument? TryParse(string body, long maxCharacters = 0)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            MaxCharactersInDocument = maxCharacters,
            IgnoreWhitespace = true,
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
