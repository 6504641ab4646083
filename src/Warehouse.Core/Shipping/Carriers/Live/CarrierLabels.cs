using System.Text;

namespace Warehouse.Core.Shipping.Carriers.Live;

/// <summary>A carrier's label bytes as what we asked for — ZPL (^XA … ^XZ) or a PDF (%PDF) — or null when they are neither.</summary>
public static class CarrierLabels
{
    public static ShipmentLabel? Read(byte[] data, bool zpl, int dpi)
    {
        if (!zpl) return data.AsSpan().StartsWith("%PDF"u8) ? ShipmentLabel.FromPdf(data) : null;
        var text = Encoding.UTF8.GetString(data);
        return text.Contains("^XA", StringComparison.Ordinal) && text.Contains("^XZ", StringComparison.Ordinal) ? ShipmentLabel.FromZpl(text, dpi) : null;
    }
}
