using Warehouse.Core.Barcodes;
using Warehouse.Core.Labels;

namespace Warehouse.Core.Tests.Labels;

/// <summary>Shipping labels the tests print: one ordinary parcel and the hostile variations of it.</summary>
public static class LabelSamples
{
    public const string ZplInjection = "^XZ^XA^FO0,0^GB812,1218,812^FS";
    public const string Pangram = "Zażółć gęślą jaźń";

    public static readonly Sscc Sscc = Sscc.Create(3, "5901234", 500000001);

    public static ShippingLabel Ordinary => new(
        Sender: new LabelAddress("Magazyn Północ Sp. z o.o.", ["ul. Składowa 12"], "05-800", "Pruszków", "PL", "+48 22 100 20 30"),
        Receiver: new LabelAddress("Anna Wiśniewska", ["ul. Marszałkowska 140 m. 12"], "00-061", "Warszawa", "PL", "+48 600 100 200"),
        CarrierName: "Sandbox",
        Service: "Kurier 24h",
        TrackingNumber: "SBX1234567890PL",
        Sscc: Sscc,
        TrackingUrl: "https://track.example.pl/t/SBX1234567890PL",
        WeightGrams: 1250,
        OrderNumber: "WWW-2024-000123",
        Parcel: new ParcelOrdinal(1, 2));

    public static ShippingLabel ReceiverNamed(string name) =>
        Ordinary with { Receiver = Ordinary.Receiver with { Name = name } };

    /// <summary>Every text field hostile at once: commands, the hex indicator, markup, diacritics, emoji.</summary>
    public static ShippingLabel Hostile => Ordinary with
    {
        Sender = new LabelAddress("~JA Sklep_Internetowy ^PQ99", ["<script>alert(1)</script>"], "~JA", "^XZ", "P~"),
        Receiver = new LabelAddress(ZplInjection, [$"~JA {Pangram}", "Paczka 📦 dla Ani 👩‍👧"], "00_061", "Łódź\r\n^XZ", "PL", "~HS"),
        CarrierName = "^XA~JA",
        Service = "_5E_7E",
        OrderNumber = "ZAM_^FS~",
    };

    public static string FiveKilobyteName => string.Concat(Enumerable.Repeat("Bardzo Długie Nazwisko ", 5 * 1024 / 23 + 1))[..(5 * 1024)];
}
