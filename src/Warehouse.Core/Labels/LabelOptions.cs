namespace Warehouse.Core.Labels;

/// <summary>
/// What every shipping label says about us (the "Labels" section; the older "Packing" keys still
/// count): the sender's address, the GS1 company prefix of our SSCCs, and where customers track.
/// </summary>
public sealed class LabelOptions
{
    /// <summary>GS1 company prefix for the SSCCs we print on parcels: 7 to 10 digits, as GS1 issued it.</summary>
    public string SsccCompanyPrefix { get; set; } = "5901234";

    /// <summary>The SSCC's first digit, 0–9, ours to choose (GS1 General Specifications 2.2.1).</summary>
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
