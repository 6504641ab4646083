using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Dhl.Live;

/// <summary>
/// DHL Parcel Polska's DHL24 WebAPI v2 (SOAP 1.1, document/literal) as data: the namespace, the operations
/// we call and the values we send. Names as DHL's WSDL (https://dhl24.com.pl/webapi2?wsdl) gives them and
/// its clients quote them (ruslan-hut/dhl-test dhl/client.go, xGrz/dhl24 src/Api, kamix/DHL24-WebAPI-Library,
/// karrioapi/karrio modules/connectors/dhl_poland).
/// </summary>
public static class DhlProtocol
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>The service's namespace, which is also its address; the SOAPAction is this, '#' and the operation.</summary>
    public static readonly XNamespace Service = "https://dhl24.com.pl/webapi2/provider/service.html?ws=1";

    /// <summary>Registers shipments; answers each one's shipmentId, DHL's waybill (our tracking number).</summary>
    public const string CreateShipments = "createShipments";

    /// <summary>Labels by shipmentId and label type.</summary>
    public const string GetLabels = "getLabels";

    /// <summary>Our shipments created between two dates, 100 a page (shipmentId, created, parties, orderStatus — no reference).</summary>
    public const string GetMyShipments = "getMyShipments";

    /// <summary>The data printed on the labels of shipments by shipmentId, with the reference we gave each.</summary>
    public const string GetLabelsData = "getLabelsData";

    /// <summary>Deletes shipments the courier has not taken yet.</summary>
    public const string DeleteShipments = "deleteShipments";

    /// <summary>The events of one shipment.</summary>
    public const string GetTrackAndTraceInfo = "getTrackAndTraceInfo";

    /// <summary>A return shipment and its label in one call (DHL's "createShipmentReturn" page).</summary>
    public const string CreateShipmentReturn = "createShipmentReturn";

    /// <summary>"ZK Zwrot krajowy": DHL Parcel Return Polska, a domestic return (ZC, a return from abroad, is not built).</summary>
    public const string ReturnDomestic = "ZK";

    /// <summary>The only payer createShipmentReturn documents: the receiver, the warehouse, on our SAP number.</summary>
    public const string PayerReceiver = "RECEIVER";

    /// <summary>
    /// Days a return label is good for (labelExpDate): the customer has 14 days from the withdrawal to send the
    /// goods back (ustawa o prawach konsumenta, art. 34), so a label valid that long covers the whole window.
    /// </summary>
    public const int ReturnLabelDays = 14;

    /// <summary>The label as ZPL for a 203 dpi label printer (ZBLP300 is DHL's 300 dpi variant, not used yet).</summary>
    public const string LabelZpl = "ZBLP";

    /// <summary>The label as a PDF (BLP); LP is the waybill, LBLP the label on A4.</summary>
    public const string LabelPdf = "BLP";

    /// <summary>DHL Parcel Polska, the domestic parcel product (AH), for our one service.</summary>
    public const string ProductParcelPolska = "AH";

    public const string PieceParcel = "PACKAGE";
    public const string PayerShipper = "SHIPPER";
    public const string PaidByTransfer = "BANK_TRANSFER";

    /// <summary>The fault DHL gives for a login or password it does not accept ("Nieprawidlowe dane autoryzacyjne").</summary>
    public const string FaultCredentials = "100";

    /// <summary>getMyShipments answers at most this many shipments a call; the next are asked for by offset.</summary>
    public const int ShipmentsPerPage = 100;

    /// <summary>Pages searched at most (5,000 shipments); a busier account makes the lookup unsure, not wrong.</summary>
    public const int MaxPages = 50;

    /// <summary>Answers larger than this are not read: a label is tens of kilobytes, a page of shipments less.</summary>
    public const int MaxAnswerChars = 8 * 1024 * 1024;
}
