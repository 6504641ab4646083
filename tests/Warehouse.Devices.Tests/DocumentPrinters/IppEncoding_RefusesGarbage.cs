using System.Text;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.Devices.Tests.DocumentPrinters;

/// <summary>An answer from a device on the floor network is read defensively: anything cut off, malformed or flooding is refused, never half-read.</summary>
public sealed class IppEncoding_RefusesGarbage
{
    private static readonly byte[] Response = IppEncoding_ReadsRfc8010Examples.PrintJobResponse;

    private static byte[] Header(params byte[] rest) => [0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, .. rest];

    public static TheoryData<string, byte[]> Garbage => new()
    {
        { "empty", [] },
        { "an HTML error page", Encoding.ASCII.GetBytes("<html><body>502 Bad Gateway</body></html>") },
        { "a header alone", Response[..8] },
        { "cut off inside an attribute", Response[..40] },
        { "without end-of-attributes", Response[..^1] },
        { "version 0.0", [0x00, 0x00, .. Response[2..]] },
        { "version 9.9", [0x09, 0x09, .. Response[2..]] },
        { "an attribute before any group", Header(0x21, 0x00, 0x01, (byte)'x', 0x00, 0x04, 0, 0, 0, 1, 0x03) },
        { "a name length past the end", Header(0x01, 0x47, 0x7f, 0xff, (byte)'x', 0x03) },
        { "a negative value length", Header(0x01, 0x41, 0x00, 0x01, (byte)'x', 0xff, 0xff, 0x03) },
        { "an additional value with nothing before it", Header(0x01, 0x44, 0x00, 0x00, 0x00, 0x01, (byte)'x', 0x03) },
        { "an integer of three bytes", Header(0x02, 0x21, 0x00, 0x01, (byte)'n', 0x00, 0x03, 0, 0, 1, 0x03) },
        { "a boolean of 2", Header(0x01, 0x22, 0x00, 0x01, (byte)'b', 0x00, 0x01, 0x02, 0x03) },
        { "text that is not UTF-8", Header(0x01, 0x41, 0x00, 0x01, (byte)'t', 0x00, 0x02, 0xff, 0xfe, 0x03) },
        { "an extended tag", Header(0x01, 0x7f, 0x00, 0x01, (byte)'x', 0x00, 0x04, 0x40, 0, 0, 0, 0x03) },
        { "an unknown group tag", Header(0x09, 0x03) },
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_is_refused(string what, byte[] bytes)
    {
        var e = Assert.Throws<IppFormatException>(() => IppEncoding.Read(bytes));
        Assert.False(string.IsNullOrWhiteSpace(e.Message), what);
    }

    [Fact]
    public void A_flood_of_values_is_refused_not_read()
    {
        var one = new byte[] { 0x44, 0x00, 0x00, 0x00, 0x01, (byte)'x' };
        var flood = Header([0x01, 0x44, 0x00, 0x01, (byte)'k', 0x00, 0x01, (byte)'x', .. Enumerable.Repeat(one, IppEncoding.MaxAttributes).SelectMany(b => b), 0x03]);

        Assert.Throws<IppFormatException>(() => IppEncoding.Read(flood));
    }

    [Fact]
    public void A_job_report_without_a_known_state_is_no_job_report()
    {
        var message = new IppMessage(1, 1, 0, 1,
        [
            new IppGroup(IppGroupTag.Job, [new IppAttribute("job-id", IppValue.Integer(5)), new IppAttribute("job-state", IppValue.Integer(42, IppValueTag.Enum))]),
            new IppGroup(IppGroupTag.Job, [new IppAttribute("job-state", IppValue.Integer(9, IppValueTag.Enum))]),
        ]);

        Assert.Empty(IppJobStatus.From(IppEncoding.Read(IppEncoding.Write(message)).Message));
    }
}
