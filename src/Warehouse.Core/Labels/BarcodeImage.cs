using System.IO.Compression;

namespace Warehouse.Core.Labels;

/// <summary>Draws a Code 128 barcode as a PNG, so pages can show it as a plain image with no script.</summary>
public static class BarcodeImage
{
    public static byte[] Code128Png(string data, int moduleWidthPx = 2, int heightPx = 80, int quietZoneModules = 10)
    {
        var modules = Code128.Modules(data);
        var width = (modules.Length + 2 * quietZoneModules) * moduleWidthPx;
        var row = new byte[width + 1]; // filter byte 0, then one grey byte per pixel
        Array.Fill(row, (byte)0xFF, 1, width);
        for (var m = 0; m < modules.Length; m++)
        {
            if (!modules[m]) continue;
            var x = (quietZoneModules + m) * moduleWidthPx;
            Array.Fill(row, (byte)0x00, 1 + x, moduleWidthPx);
        }
        row[0] = 0;
        using var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < heightPx; y++) z.Write(row);
        }
        return Png.Grey(width, heightPx, pixels.ToArray());
    }
}
