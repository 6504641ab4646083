using Warehouse.Core.Labels;

namespace Warehouse.Core.Tests.Labels;

/// <summary>Location, tote and cart labels the tests print: ordinary ones, the longest codes, a hostile zone name.</summary>
public static class ShelfLabelSamples
{
    public const string HostileZoneName = "^XZ^XA^GB800,400,800^FS~JA<script>_5E Łódź";

    public static readonly LocationLabel Ordinary = new("A-03-12-2", "Strefa A — drobnica", ShelfSide.Left, 2);

    /// <summary>A four-letter zone, aisle 99, bay 999, level 9: the widest code there is, on the right-hand face.</summary>
    public static readonly LocationLabel Longest = new("WMWM-99-999-9", "Strefa B — gabaryty", ShelfSide.Right, 9);

    public static readonly LocationLabel Hostile = Ordinary with { ZoneName = HostileZoneName };

    public static readonly LocationLabel FiveKilobyteZoneName = Ordinary with { ZoneName = LabelSamples.FiveKilobyteName };

    public static readonly (string Name, LocationLabel Label, int Dpi)[] Locations =
    [
        ("location-203", Ordinary, 203),
        ("location-300", Ordinary, 300),
        ("location-longest-203", Longest, 203),
        ("location-longest-300", Longest, 300),
        ("location-hostile-203", Hostile, 203),
        ("location-hostile-300", Hostile, 300),
    ];

    public static readonly (string Name, CarrierLabel Label, int Dpi)[] Carriers =
    [
        ("tote-203", new(CarrierKind.Tote, "T-0001"), 203),
        ("tote-300", new(CarrierKind.Tote, "T-0001"), 300),
        ("cart-203", new(CarrierKind.Cart, "CART-01"), 203),
        ("carrier-longest-203", new(CarrierKind.Tote, new string('W', CarrierLabelZpl.MaxBarcodeLength)), 203),
        ("carrier-longest-300", new(CarrierKind.Cart, new string('W', CarrierLabelZpl.MaxBarcodeLength)), 300),
    ];
}
