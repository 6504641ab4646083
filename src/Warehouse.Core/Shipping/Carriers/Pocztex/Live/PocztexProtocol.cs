using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// Poczta Polska's e-Nadawca WebAPI (SOAP 1.1, document/literal, PHP; "en.wsdl") as data: its addresses, its
/// namespace, the operations we call and the print options. Names as in the WSDL Poczta Polska publishes
/// (copied in printu/ElektronicznyNadawca wsdl/en.wsdl and wsdl/test/en.wsdl, version 14.1.0). The WSDL's
/// schema has no elementFormDefault: the operation element is in the namespace, everything in it unqualified.
/// </summary>
public static class PocztexProtocol
{
    /// <summary>Production e-Nadawca (the WSDL's soap:address).</summary>
    public const string ProductionUrl = "https://e-nadawca.poczta-polska.pl/websrv/en.php";

    /// <summary>Poczta Polska's test e-Nadawca, with its own test accounts (the test WSDL's soap:address).</summary>
    public const string TestUrl = "https://en-testwebapi.poczta-polska.pl/websrv/en.php";

    public static readonly XNamespace Service = "http://e-nadawca.poczta-polska.pl";

    /// <summary>Up to 500 parcels into the buffer (bufor) → retval per parcel: numerNadania, guid, error.</summary>
    public const string AddShipment = "addShipment";

    /// <summary>Printouts of parcels by guid (PrintType: kind, method, format, resolution) → printResult (guid, print).</summary>
    public const string PrintForParcel = "getPrintForParcel";

    /// <summary>The parcels in the buffer (not yet sent to the post office), each with its guid and numerNadania.</summary>
    public const string EnvelopeBufor = "getEnvelopeBufor";

    /// <summary>Deletes parcels from the buffer by guid; parcels already sent are not in it.</summary>
    public const string ClearByGuids = "clearEnvelopeByGuids";

    /// <summary>Sends the whole buffer to the post office (the handover) → idEnvelope, envelopeStatus, error.</summary>
    public const string SendEnvelope = "sendEnvelope";

    /// <summary>The sent envelope's "książka nadawcza" (outbox book) as a base64 PDF.</summary>
    public const string OutboxBook = "getOutboxBook";

    /// <summary>The address label of a parcel, found by its guid.</summary>
    public const string LabelKind = "ADDRESS_LABEL_BY_GUID";

    /// <summary>One file a parcel (printResult per guid), rather than all in one.</summary>
    public const string EachParcel = "EACH_PARCEL_SEPARATELY";

    public const string Zpl = "ZPL_FORMAT";
    public const string Pdf = "PDF_FORMAT";
    public const string Dpi203 = "DPI_203";
    public const string Dpi300 = "DPI_300";

    /// <summary>The Pocztex courier parcel (Pocztex 2021: Kurier, to the door or to a pickup point).</summary>
    public const string CourierType = "pocztex2021KurierType";

    /// <summary>Answers larger than this are not read: a label is tens of kilobytes, an outbox book a few hundred.</summary>
    public const int MaxAnswerChars = 8 * 1024 * 1024;

    /// <summary>e-Nadawca's SOAPAction: the namespace and the operation ("http://e-nadawca.poczta-polska.pl/addShipment").</summary>
    public static string Action(string operation) => $"{Service.NamespaceName}/{operation}";
}
