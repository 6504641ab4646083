namespace Warehouse.Core.Packing;

/// <summary>Packing rules a warehouse tunes (bound from the "Packing" configuration section).</summary>
public sealed class PackingOptions
{
    /// <summary>Share of a carton's inner volume the items may fill.</summary>
    public double FillFactor { get; set; } = 0.8;

    public double WeightTolerancePercent { get; set; } = 5;
    public int WeightToleranceMinimumGrams { get; set; } = 50;

    /// <summary>A reading counts only if the scale settled this long after the last scan (the item must land first).</summary>
    public int SettleMilliseconds { get; set; } = 600;

    /// <summary>GS1 company prefix for the SSCCs we print on parcels.</summary>
    public string SsccCompanyPrefix { get; set; } = "5901234";
    public int SsccExtensionDigit { get; set; } = 3;

    /// <summary>Where customers follow a parcel; the tracking number is appended.</summary>
    public string TrackingUrlBase { get; set; } = "https://track.example.pl/t/";

    public LabelSender Sender { get; set; } = new();
}

public sealed class LabelSender
{
    public string Name { get; set; } = "Magazyn Warehouse Sp. z o.o.";
    public string Street { get; set; } = "ul. Logistyczna 7";
    public string PostalCode { get; set; } = "05-800";
    public string City { get; set; } = "Pruszków";
    public string CountryCode { get; set; } = "PL";
}
