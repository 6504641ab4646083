namespace Warehouse.Core.Labels;

/// <summary>
/// Lays out a <see cref="ShippingLabel"/> as ZPL: sender and carrier on top, receiver,
/// tracking number as Code 128, weight and order beside a QR code to the tracking page,
/// the SSCC as GS1-128 at the bottom where logistic labels carry it.
/// </summary>
public static class ShippingLabelZpl
{
    // Character limits per field: generous for real addresses, small enough that a
    // pasted essay costs nothing. What is printed is then clipped to the field's width.
    public const int MaxNameLength = 80;
    public const int MaxStreetLineLength = 60;
    public const int MaxStreetLines = 2;
    public const int MaxPostalCodeLength = 12;
    public const int MaxCityLength = 40;
    public const int MaxCountryCodeLength = 3;
    public const int MaxPhoneLength = 20;
    public const int MaxCarrierLength = 24;
    public const int MaxServiceLength = 40;
    public const int MaxOrderNumberLength = 30;
    public const int MaxWeightGrams = 1_000_000;

    public static string Compose(ShippingLabel label) => Compose(label, LabelStock.FourBySix());

    /// <exception cref="ArgumentException">The label has problems (see <see cref="Problems"/>) or the stock is too small.</exception>
    public static string Compose(ShippingLabel label, LabelStock stock)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(stock);
        LabelProblems.ThrowIfAny(Problems(label), "The shipping label");

        var zpl = new ZplFormat(stock);
        SenderAndCarrier(zpl, label);
        zpl.HorizontalLine(182);
        Receiver(zpl, label.Receiver);
        zpl.HorizontalLine(508);
        Tracking(zpl, label.TrackingNumber);
        zpl.HorizontalLine(738);
        WeightOrderAndQr(zpl, label);
        zpl.HorizontalLine(985);
        Sscc(zpl, label);
        return zpl.End();
    }

    /// <summary>Why <paramref name="label"/> cannot be printed; empty when it can.</summary>
    public static IReadOnlyList<string> Problems(ShippingLabel label)
    {
        var problems = new List<string>();
        if (label.Sender is null) problems.Add("The sender is missing.");
        if (label.Receiver is null) problems.Add("The receiver is missing.");
        else
        {
            if (string.IsNullOrWhiteSpace(label.Receiver.Name)) problems.Add("The receiver has no name.");
            if (string.IsNullOrWhiteSpace(label.Receiver.City)) problems.Add("The receiver has no city.");
        }
        if (string.IsNullOrWhiteSpace(label.CarrierName)) problems.Add("The carrier is missing.");
        if (ZplCode128.Refusal(label.TrackingNumber) is { } tracking) problems.Add(tracking);
        if (label.Sscc.Value is null) problems.Add("The SSCC is missing.");
        if (ZplQrCode.Refusal(label.TrackingUrl) is { } url) problems.Add(url);
        if (label.WeightGrams is <= 0 or > MaxWeightGrams)
            problems.Add($"The weight {label.WeightGrams} g is outside 1–{MaxWeightGrams} g.");
        if (string.IsNullOrWhiteSpace(label.OrderNumber)) problems.Add("The order number is missing.");
        if (label.Parcel is { } p && (p.Count is < 1 or > 999 || p.Number < 1 || p.Number > p.Count))
            problems.Add($"Parcel {p.Number} of {p.Count} is not a parcel of the shipment.");
        return problems;
    }

    private static readonly int[] CarrierFonts = [48, 40, 32, 26];

    private static void SenderAndCarrier(ZplFormat zpl, ShippingLabel label)
    {
        zpl.Text(30, 20, 20, "NADAWCA / FROM");
        AddressLines(zpl, label.Sender, x: 30, y: 46, width: 470, nameFont: 26, lineFont: 22, nameLines: 1);
        // The carrier is what the dock sorts by: shrink the font before cutting the name.
        var carrierFont = ZplFontZeroWidth.LargestFitting(label.CarrierName, 262, CarrierFonts);
        zpl.Text(520, 20, carrierFont, Fit(label.CarrierName, MaxCarrierLength, carrierFont, 262));
        var serviceY = 74;
        foreach (var line in Wrap(label.Service, MaxServiceLength, 22, 262, 2))
        {
            zpl.Text(520, serviceY, 22, line);
            serviceY += 24;
        }
        if (label.Parcel is { } parcel)
        {
            zpl.Text(520, 124, 18, "PACZKA / PARCEL");
            zpl.Text(520, 144, 34, parcel.ToString());
        }
    }

    private static void Receiver(ZplFormat zpl, LabelAddress receiver)
    {
        zpl.Text(30, 196, 22, "ODBIORCA / TO");
        AddressLines(zpl, receiver, x: 30, y: 224, width: 752, nameFont: 44, lineFont: 34, nameLines: 2, cityFont: 48);
    }

    /// <summary>Name, street lines, postal code and city, country and phone, one under the other.</summary>
    private static void AddressLines(ZplFormat zpl, LabelAddress address, int x, int y, int width,
        int nameFont, int lineFont, int nameLines, int? cityFont = null)
    {
        foreach (var line in Wrap(address.Name, MaxNameLength, nameFont, width, nameLines))
        {
            zpl.Text(x, y, nameFont, line);
            y += nameFont + 4;
        }
        foreach (var street in (address.StreetLines ?? []).Take(MaxStreetLines))
        {
            zpl.Text(x, y, lineFont, Fit(street, MaxStreetLineLength, lineFont, width));
            y += lineFont + 4;
        }
        var font = cityFont ?? lineFont;
        var postal = ZplText.Clip(ZplText.Tidy(address.PostalCode), MaxPostalCodeLength);
        var city = ZplText.Clip(ZplText.Tidy(address.City), MaxCityLength);
        zpl.Text(x, y, font, ZplFontZeroWidth.Fit($"{postal} {city}".Trim(), font, width));
        y += font + 6;
        var country = ZplText.Clip(ZplText.Tidy(address.CountryCode), MaxCountryCodeLength);
        var phone = string.IsNullOrWhiteSpace(address.Phone) ? "" : "   tel. " + ZplText.Clip(ZplText.Tidy(address.Phone), MaxPhoneLength);
        var countryFont = cityFont is null ? lineFont : 30;
        zpl.Text(x, y, countryFont, ZplFontZeroWidth.Fit((country + phone).Trim(), countryFont, width));
    }

    private static void Tracking(ZplFormat zpl, string trackingNumber)
    {
        zpl.Text(30, 520, 20, "NR PRZESYŁKI / TRACKING NO.");
        var module = zpl.Dots(2);
        var height = zpl.Dots(140);
        var x = zpl.CentredX(ZplCode128.WidthModules(trackingNumber) * module);
        zpl.FieldAtDots(x, 546, $"^BY{module},3,{height}^BCN,{height},N,N,N^FD{ZplCode128.FieldData(trackingNumber)}^FS");
        zpl.CentredText(694, 30, trackingNumber);
    }

    private static void WeightOrderAndQr(ZplFormat zpl, ShippingLabel label)
    {
        zpl.Text(30, 756, 22, "WAGA / WEIGHT");
        zpl.Text(30, 782, 48, WeightText.Kilograms(label.WeightGrams));
        zpl.Text(30, 850, 22, "ZAMÓWIENIE / ORDER");
        zpl.Text(30, 876, 34, Fit(label.OrderNumber, MaxOrderNumberLength, 34, 500));

        // The largest whole magnification that keeps the QR code in the 210-unit corner.
        var sideModules = ZplQrCode.SideModules(label.TrackingUrl);
        var magnification = Math.Clamp(zpl.Dots(210) / sideModules, 1, zpl.Dots(5));
        var x = zpl.Dots(ZplFormat.DesignWidth - 30) - sideModules * magnification;
        zpl.FieldAtDots(x, 756, ZplQrCode.Field(label.TrackingUrl, magnification));
    }

    private static void Sscc(ZplFormat zpl, ShippingLabel label)
    {
        zpl.Text(30, 996, 20, "SSCC");
        // 0.5 mm modules: the size GS1 logistic labels ask of the SSCC barcode.
        var module = zpl.Dots(4);
        var height = zpl.Dots(120);
        var x = zpl.CentredX(ZplSscc.WidthModules * module);
        zpl.FieldAtDots(x, 1018, $"^BY{module},3,{height}^BCN,{height},N,N,N^FD{ZplSscc.FieldData(label.Sscc)}^FS");
        zpl.CentredText(1150, 30, ZplSscc.HumanReadable(label.Sscc));
    }

    private static string Fit(string? text, int maxLength, int font, int width) =>
        ZplFontZeroWidth.Fit(ZplText.Clip(ZplText.Tidy(text), maxLength), font, width);

    private static IReadOnlyList<string> Wrap(string? text, int maxLength, int font, int width, int lines) =>
        ZplFontZeroWidth.Wrap(ZplText.Clip(ZplText.Tidy(text), maxLength), font, width, lines);
}
