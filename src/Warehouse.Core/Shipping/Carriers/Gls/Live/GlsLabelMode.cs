using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Gls.Live.GlsProtocol;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>The label mode ADE prints for a printer (ZPL for a 203 or 300 dpi Zebra, PDF otherwise), and its file read as that.</summary>
public static class GlsLabelMode
{
    public static string For(int dpi) => dpi switch { 203 => LabelZpl203, 300 => LabelZpl300, _ => LabelPdf };

    public static ShipmentLabel Read(byte[] file, int dpi, string what)
    {
        var zpl = dpi is 203 or 300;
        return CarrierLabels.Read(file, zpl, dpi)
            ?? throw new CarrierUnavailable($"GLS's answer to {what} is not a {(zpl ? "ZPL" : "PDF")} label.", CarrierProblemCodes.Garbage);
    }
}
