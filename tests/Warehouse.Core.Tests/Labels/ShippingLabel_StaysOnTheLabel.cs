using Warehouse.Core.Labels;
using Xunit;

namespace Warehouse.Core.Tests.Labels;

/// <summary>Neither ^FB nor the printer stops text at the edge: the composer must.</summary>
public sealed class ShippingLabel_StaysOnTheLabel
{
    public static TheoryData<string, int> Labels => new()
    {
        { "ordinary", 203 }, { "ordinary", 300 }, { "hostile", 203 }, { "hostile", 300 },
        { "five-kilobyte-name", 203 }, { "five-kilobyte-name", 300 }, { "wide-letters", 203 }, { "wide-letters", 300 },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_text_field_ends_inside_the_label(string sample, int dpi) =>
        ZplFields.AssertTextEndsInside(ShippingLabelZpl.Compose(Sample(sample), LabelStock.FourBySix(dpi)), LabelStock.FourBySix(dpi));

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_field_origin_is_on_the_label(string sample, int dpi) =>
        ZplFields.AssertOriginsInside(ShippingLabelZpl.Compose(Sample(sample), LabelStock.FourBySix(dpi)), LabelStock.FourBySix(dpi));

    private static ShippingLabel Sample(string name) => name switch
    {
        "ordinary" => LabelSamples.Ordinary,
        "hostile" => LabelSamples.Hostile,
        "five-kilobyte-name" => LabelSamples.ReceiverNamed(LabelSamples.FiveKilobyteName),
        "wide-letters" => LabelSamples.Ordinary with
        {
            Sender = new LabelAddress(new string('W', 100), [new string('M', 100)], new string('W', 20), new string('W', 60), "WWW", new string('W', 30)),
            Receiver = new LabelAddress(new string('W', 100), [new string('M', 100), new string('@', 100)], new string('W', 20), new string('W', 60), "WWW", new string('W', 30)),
            CarrierName = new string('W', 40), Service = new string('W', 60), OrderNumber = new string('W', 40),
            Parcel = new ParcelOrdinal(999, 999),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
