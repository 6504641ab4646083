using System.Xml.Linq;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// DPD Polska's "DPDServices" web service (DPDPackageObjServices, SOAP 1.1, document/literal) as data:
/// the namespace, the operations we call and the enumerations we send. Names are the WSDL's
/// (https://dpdservices.dpd.com.pl/DPDPackageObjServicesService/DPDPackageObjServices?WSDL), as quoted by
/// the clients generated from it (t3ko/dpd-pl-api-php src/Soap/Types, pl.com.dpd.dpdservices Axis stubs).
/// </summary>
public static class DpdProtocol
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Services = "http://dpdservices.dpd.com.pl/";

    /// <summary>Registers packages and gives each parcel its waybill (openUMLFeV3, packagesGenerationResponseV2).</summary>
    public const string GenerateNumbers = "generatePackagesNumbersV4";

    /// <summary>The labels of parcels named by waybill or by our reference (documentGenerationResponseV1).</summary>
    public const string GenerateLabels = "generateSpedLabelsV4";

    /// <summary>
    /// The return label of parcels DPD carried (returnedWaybillsV1), to a receiver in Poland; answered as
    /// documentGenerationResponseV1, as generateReturnLabelV1 is in the clients generated from the WSDL.
    /// </summary>
    public const string GenerateDomesticReturnLabel = "generateDomesticReturnLabelV1";

    /// <summary>The handover protocol the courier signs when he takes the day's parcels.</summary>
    public const string GenerateProtocol = "generateProtocolV2";

    /// <summary>One bad package stops the call: we send one package per call, so it is all or nothing.</summary>
    public const string NumbersPolicy = "STOP_ON_FIRST_ERROR";

    public const string SessionDomestic = "DOMESTIC";

    /// <summary>ZPL for a label printer (DPD prints it at 203 dpi), or a PDF.</summary>
    public const string FormatZpl = "ZPL";
    public const string FormatPdf = "PDF";

    /// <summary>One label per page of label-printer size; A4 for the protocol.</summary>
    public const string PageLabelPrinter = "LBL_PRINTER";
    public const string PageA4 = "A4";

    /// <summary>The standard DPD Polska label.</summary>
    public const string LabelType = "BIC3";

    /// <summary>The return label (outputLabelTypeEnumV2: BIC3, EXTENDED, RETURN).</summary>
    public const string ReturnLabelType = "RETURN";

    public const string StatusOk = "OK";

    /// <summary>documentGenerationResponse: nothing under that waybill or reference (statusDGREnumV1).</summary>
    public const string StatusNotFound = "NOT_FOUND";

    /// <summary>Statuses that are about our login, password or FID, not the parcel (as DPD's clients list them).</summary>
    public static readonly IReadOnlySet<string> CredentialStatuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "INCORRECT_LOGIN_OR_PASSWORD", "DISALLOWED_FID", "ACCOUNT_IS_LOCKED", "ACCESS_DENIED_FOR_FID",
    };
}
