using Warehouse.Devices.DocumentPrinters;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.Tests.DocumentPrinters;

/// <summary>
/// A printer's answer to Get-Printer-Attributes is read into its state only when every attribute is there
/// with its own syntax (RFC 8011 §5.4.11, §5.4.12, §5.4.14); its reasons weigh by their suffix.
/// </summary>
public sealed class IppPrinterStatus_RefusesWrongAnswers
{
    private static readonly IppAttribute Idle = new("printer-state", IppValue.Integer(3, IppValueTag.Enum));
    private static readonly IppAttribute Accepting = new("printer-is-accepting-jobs", IppValue.Boolean(true));

    private static IppAttribute Reasons(params string[] keywords) => new("printer-state-reasons", [.. keywords.Select(k => IppValue.Text(IppValueTag.Keyword, k))]);

    private static IppMessage Answer(params IppAttribute[] attributes) => new(1, 1, 0, 1,
    [
        new IppGroup(IppGroupTag.Operation, [new IppAttribute("attributes-charset", IppValue.Text(IppValueTag.Charset, "utf-8"))]),
        new IppGroup(IppGroupTag.Printer, attributes),
    ]);

    public static TheoryData<string, IppMessage> Wrong => new()
    {
        { "no printer group", new IppMessage(1, 1, 0, 1, []) },
        { "no printer-state", Answer(Reasons("none"), Accepting) },
        { "no printer-state-reasons", Answer(Idle, Accepting) },
        { "no printer-is-accepting-jobs", Answer(Idle, Reasons("none")) },
        { "printer-state as an integer", Answer(new("printer-state", IppValue.Integer(3)), Reasons("none"), Accepting) },
        { "printer-state as text", Answer(new("printer-state", IppValue.Text(IppValueTag.Keyword, "idle")), Reasons("none"), Accepting) },
        { "printer-state 42", Answer(new("printer-state", IppValue.Integer(42, IppValueTag.Enum)), Reasons("none"), Accepting) },
        { "two printer-states", Answer(new("printer-state", [IppValue.Integer(3, IppValueTag.Enum), IppValue.Integer(5, IppValueTag.Enum)]), Reasons("none"), Accepting) },
        { "reasons as text", Answer(Idle, new("printer-state-reasons", IppValue.Text(IppValueTag.TextWithoutLanguage, "all fine")), Accepting) },
        { "an empty reason", Answer(Idle, Reasons(""), Accepting) },
        { "a reason of 300 bytes", Answer(Idle, Reasons(new string('x', 300)), Accepting) },
        { "accepting jobs as an integer", Answer(Idle, Reasons("none"), new("printer-is-accepting-jobs", IppValue.Integer(1))) },
        { "accepting jobs out of band", Answer(Idle, Reasons("none"), new("printer-is-accepting-jobs", new IppValue(IppValueTag.Unknown, []))) },
    };

    [Theory]
    [MemberData(nameof(Wrong))]
    public void A_wrong_answer_is_refused_with_a_reason(string what, IppMessage answer)
    {
        Assert.False(IppPrinterStatus.TryRead(answer, out var status, out var problem), what);
        Assert.Null(status);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void Reasons_weigh_by_their_suffix_and_none_is_no_reason()
    {
        Assert.True(IppPrinterStatus.TryRead(Answer(Idle, Reasons("none", "toner-low-warning", "media-low-report", "cover-open"), Accepting), out var status, out _));

        Assert.Equal(["toner-low-warning", "media-low-report", "cover-open"], status!.Reasons);
        Assert.Equal([PrinterProblem.CoverOpen], status.Problems); // no suffix is an error (RFC 8011 §5.4.12)
        Assert.Equal([PrinterProblem.TonerLow], status.Warnings);
    }

    [Fact]
    public void An_error_we_have_no_word_for_is_a_fault()
    {
        Assert.True(IppPrinterStatus.TryRead(Answer(Idle, Reasons("fuser-over-temp-error"), Accepting), out var status, out _));

        Assert.Equal([PrinterProblem.Fault], status!.Problems);
    }

    [Fact]
    public void A_printer_not_accepting_jobs_without_saying_why_is_not_ready()
    {
        Assert.True(IppPrinterStatus.TryRead(Answer(Idle, Reasons("none"), new("printer-is-accepting-jobs", IppValue.Boolean(false))), out var status, out _));

        Assert.Equal([PrinterProblem.NotAcceptingJobs], status!.Problems);
    }
}
