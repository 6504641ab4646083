using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Dhl;
using Warehouse.Core.Shipping.Carriers.Dpd;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.InPost;
using Warehouse.Core.Shipping.Carriers.Own;
using Warehouse.Core.Shipping.Carriers.Pocztex;
using Warehouse.Core.Shipping.Sandbox;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>A parcel to ship and the six sandboxes, as the tests use them.</summary>
public static class ShippingSamples
{
    private static long _sscc = 700000001;

    public static string NewSscc() => Sscc.Create(3, "5901234", Interlocked.Increment(ref _sscc)).Value;

    public static readonly ShipmentParty Warehouse = new("Magazyn Północ Sp. z o.o.", "ul. Składowa 12", "05-800", "Pruszków", "PL", "+48 22 100 20 30");
    public static readonly ShipmentParty Customer = new("Anna Wiśniewska", "ul. Marszałkowska 140 m. 12", "00-061", "Warszawa", "PL", "+48 600 100 200");

    public static ShipmentRequest Request(string service, string? pickupPoint = null, int weightGrams = 1250, Dimensions? outer = null, int dpi = 203) =>
        new(NewSscc(), "WWW-2026-000123", service, Warehouse, Customer, weightGrams, outer ?? new Dimensions(300, 200, 100), dpi, pickupPoint);

    /// <summary>Names that would break a label, an envelope or a page if they were not sent as text.</summary>
    public static TheoryData<string> HostileNames() => new()
    {
        "Anna ^XZ^XA^FO0,0^FDfake^FS",
        "<script>alert(1)</script>",
        "Firma ]]> & <![CDATA[ x ]]>",
        "Jan \"Kowal\" O'Brien & Syn </name><password>x</password>",
    };

    public static SandboxSerials Serials() => new(1_760_000_000_000);

    public static CarrierSandbox InPost() => new InPostSandbox(Serials());
    public static CarrierSandbox Dpd() => new DpdSandbox(Serials());
    public static CarrierSandbox Dhl() => new DhlSandbox(Serials());
    public static CarrierSandbox Gls() => new GlsSandbox(Serials());
    public static CarrierSandbox Pocztex() => new PocztexSandbox(Serials());
    public static CarrierSandbox Own() => new OwnFleetSandbox(Serials(), Microsoft.Extensions.Options.Options.Create(new LabelOptions()));

    /// <summary>Each sandbox with a service of it that a 1.25 kg shoebox goes by, and the pickup point that service needs.</summary>
    public static TheoryData<string, string, string?> EveryCarrier() => new()
    {
        { CarrierCodes.InPost, InPostSandbox.Locker, "KRA010" },
        { CarrierCodes.InPost, InPostSandbox.Courier, null },
        { CarrierCodes.Dpd, DpdSandbox.Courier, null },
        { CarrierCodes.Dhl, DhlSandbox.Standard, null },
        { CarrierCodes.Gls, GlsSandbox.Courier, null },
        { CarrierCodes.Pocztex, PocztexSandbox.Courier, null },
        { CarrierCodes.Pocztex, PocztexSandbox.PostOffice, "WAW-12" },
        { CarrierCodes.Own, OwnFleetSandbox.Pallet, null },
    };

    public static CarrierSandbox ByCode(string code) => code switch
    {
        CarrierCodes.InPost => InPost(),
        CarrierCodes.Dpd => Dpd(),
        CarrierCodes.Dhl => Dhl(),
        CarrierCodes.Gls => Gls(),
        CarrierCodes.Pocztex => Pocztex(),
        CarrierCodes.Own => Own(),
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };
}
