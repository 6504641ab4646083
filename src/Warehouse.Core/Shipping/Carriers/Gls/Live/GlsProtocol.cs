using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// GLS Poland's ADE Plus WebAPI 2 (SOAP 1.1, document/literal, PHP) as data: the address, the namespace, the
/// operations we call, label modes and the fault codes we act on. Names as GLS's manual
/// (adeplus.gls-poland.com/adeplus/pm1/manuals/webapi2_pl, ade-test…/html/webapi/functions/f_*.htm) gives them
/// and its clients quote them (kerogos/gls-polska src/Soap, generated from the WSDL; dbojdo/gls-ade src/Api;
/// GLS Poland's own Magento module for the label modes).
/// </summary>
public static class GlsProtocol
{
    /// <summary>GLS's production service; its test service is https://ade-test.gls-poland.com/adeplus/pm1/ade_webapi2.php.</summary>
    public const string ProductionUrl = "https://adeplus.gls-poland.com/adeplus/pm1/ade_webapi2.php";

    /// <summary>
    /// The WSDL's target namespace, in which the operation element goes. NOT CONFIRMED against GLS's WSDL: no
    /// envelope GLS wrote was readable; a Python client names the types in the WSDL's own address (GLS ADE
    /// WebAPI2 zeep client, "{wsdl url}cConsign"). Check it before the first live parcel (docs/shipping.md).
    /// </summary>
    public static readonly XNamespace Service = ProductionUrl + "?wsdl";

    /// <summary>User and password → a session id (cSession/session), valid about 30 minutes of use.</summary>
    public const string Login = "adeLogin";

    /// <summary>A consignment into the preparing box (przygotowalnia) → its id (cID/id). Gives no parcel numbers yet.</summary>
    public const string Insert = "adePreparingBox_Insert";

    /// <summary>The labels of a preparing-box consignment, one cLabel (number, file) a parcel; numbers parcels that have none.</summary>
    public const string LabelsExt = "adePreparingBox_GetConsignLabelsExt";

    /// <summary>At most 100 preparing-box consignment ids, newest first, smaller than id_start (0: the newest).</summary>
    public const string ConsignIds = "adePreparingBox_GetConsignIDs";

    /// <summary>One preparing-box consignment: references, parcels (number, reference, weight)…</summary>
    public const string Consign = "adePreparingBox_GetConsign";

    /// <summary>Deletes a consignment from the preparing box; one on a pickup confirmation is no longer there.</summary>
    public const string DeleteConsign = "adePreparingBox_DeleteConsign";

    /// <summary>A pickup confirmation (potwierdzenie nadania) of chosen preparing-box consignments → its id. They get new ids.</summary>
    public const string PickupCreate = "adePickup_Create";

    /// <summary>The pickup confirmation's printout, a base64 PDF (cReceipt/receipt).</summary>
    public const string PickupReceipt = "adePickup_GetReceipt";

    /// <summary>The consignment a parcel number belongs to, searched on pickup confirmations only (not the preparing box).</summary>
    public const string ParcelNumberSearch = "adePickup_ParcelNumberSearch";

    /// <summary>
    /// A ShopReturn (SRS) return made at once (cSRSQuick: the one sending back s…, the recipient r…, references,
    /// notes; and a label mode) → cParcelReturn: its parcel number, a shipping code, the label file. Not a
    /// preparing-box consignment: no insert, no label call, no pickup confirmation.
    /// </summary>
    public const string ReturnCreate = "adeReturn_Create";

    /// <summary>ZPL, 160 × 100 mm roll, for a 203 dpi Zebra.</summary>
    public const string LabelZpl203 = "roll_160x100_zebra";

    /// <summary>ZPL for a 300 dpi Zebra (in GLS Poland's own Magento module next to the 203 dpi mode).</summary>
    public const string LabelZpl300 = "roll_160x100_zebra_300";

    /// <summary>PDF, one 160 × 100 mm label a page.</summary>
    public const string LabelPdf = "roll_160x100_pdf";

    /// <summary>The pickup confirmation's printout, condensed (the others: with_barcodes, condensed_description_of_pickup).</summary>
    public const string ReceiptCondensed = "condensed";

    /// <summary>The session faults: the session ran out or ADE no longer knows it; log in again and repeat the call.</summary>
    public static readonly IReadOnlyList<string> SessionFaults = ["err_sess_expired", "err_sess_not_found"];

    /// <summary>Ids a page of GetConsignIDs answers at most; fewer means the last page.</summary>
    public const int IdsPerPage = 100;

    /// <summary>Pages of the preparing box searched at most (2,000 consignments); a fuller box makes a search unsure, not wrong.</summary>
    public const int MaxPages = 20;

    /// <summary>Answers larger than this are not read: a label is tens of kilobytes, a receipt less than a megabyte.</summary>
    public const int MaxAnswerChars = 8 * 1024 * 1024;
}
