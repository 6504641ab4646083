using System.Globalization;
using System.Text;

namespace Warehouse.Core.Labels;

/// <summary>
/// Lays out a 4×6 in shipping label in ZPL II for the printer's stock. Positions are drawn for
/// 203 dpi and scaled, so a 300 dpi printer gets the same label, not a smaller one.
/// </summary>
public static class ShippingLabelZpl
{
    public static string Compose(ShippingLabel label, LabelStock stock, int companyPrefixLength = 7)
    {
        var tracking = BarcodeData.Code128(label.TrackingNumber);
        var sscc = BarcodeData.Sscc(label.Sscc);
        var url = BarcodeData.Url(label.TrackingUrl);
        var z = new Layout(stock);

        z.Raw("^XA^CI28").Raw($"^PW{stock.WidthDots}^LL{stock.HeightDots}^LH0,0");

        z.Text(30, 25, 24, "OD / FROM:", 20);
        z.Text(30, 52, 26, label.Sender.Name, 40);
        z.Text(30, 82, 24, label.Sender.Street, 44);
        z.Text(30, 108, 24, $"{label.Sender.PostalCode} {label.Sender.City} {label.Sender.CountryCode}", 44);
        z.Text(540, 25, 44, label.Carrier, 14);
        z.Text(540, 75, 30, label.Service, 18);
        z.Line(140);

        z.Text(30, 155, 28, "DO / TO:", 20);
        z.Text(30, 192, 46, label.Receiver.Name, 32);
        z.Text(30, 250, 40, label.Receiver.Street, 36);
        z.Text(30, 300, 52, $"{label.Receiver.PostalCode} {label.Receiver.City}", 28);
        z.Text(30, 360, 30, $"{label.Receiver.CountryCode}  {label.Receiver.Phone}", 40);
        z.Line(410);

        // Tracking number: Code 128, as wide as the label allows.
        var trackingModules = (tracking.Length + 3) * 11 + 2;
        z.Barcode(40, 435, ModuleWidth(trackingModules, 740, stock), 150, $"^BCN,{z.S(150)},N,N,N^FD{tracking}^FS");
        z.Text(40, 595, 40, tracking, 48);
        z.Line(650);

        // SSCC as GS1-128: start C, FNC1, AI 00 and 18 digits.
        z.Text(40, 670, 24, "SSCC", 10);
        z.Barcode(40, 700, ModuleWidth(156, 500, stock), 190, $"^BCN,{z.S(190)},N,N,N,N^FD>;>800{sscc}^FS");
        z.Text(40, 900, 30, BarcodeData.SsccText(sscc, companyPrefixLength), 40);

        // QR to the tracking page; ^BY first, or the QR inherits the tall bar height and shifts.
        z.Raw($"^FO{z.S(580)},{z.S(670)}^BY2,3,10^BQN,2,{Math.Max(2, (int)Math.Round(5 * stock.Scale))}^FDQA,{url}^FS");
        z.Line(960);

        z.Text(30, 985, 44, $"Waga / Weight: {Kilograms(label.WeightGrams)}", 40);
        z.Text(30, 1045, 44, $"Zamówienie / Order: {label.OrderNumber}", 44);
        z.Text(30, 1105, 36, $"Paczka / Parcel {label.ParcelNumber}/{label.ParcelCount}", 30);
        z.Raw("^PQ1^XZ");
        return z.ToString();
    }

    /// <summary>Grams as kilograms with a Polish decimal comma: 1250 → "1,250 kg".</summary>
    public static string Kilograms(int grams) => (grams / 1000m).ToString("0.000", CultureInfo.GetCultureInfo("pl-PL")) + " kg";

    private static int ModuleWidth(int modules, int maxDots203, LabelStock stock) =>
        Math.Clamp((int)(maxDots203 * stock.Scale / modules), 1, 10);

    private sealed class Layout(LabelStock stock)
    {
        private readonly StringBuilder _zpl = new();

        public int S(int dots203) => (int)Math.Round(dots203 * stock.Scale);

        public Layout Raw(string zpl)
        {
            _zpl.Append(zpl).Append('\n');
            return this;
        }

        public void Text(int x, int y, int height, string? text, int maxChars) =>
            Raw($"^FO{S(x)},{S(y)}^A0N,{S(height)},{S(height)}{ZplText.Field(text, maxChars)}");

        public void Line(int y) => Raw($"^FO0,{S(y)}^GB{stock.WidthDots},{Math.Max(2, S(3))},{Math.Max(2, S(3))}^FS");

        public void Barcode(int x, int y, int moduleWidth, int height, string field) =>
            Raw($"^FO{S(x)},{S(y)}^BY{moduleWidth},3,{S(height)}{field}");

        public override string ToString() => _zpl.ToString();
    }
}
