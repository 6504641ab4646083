using Bunit;
using Warehouse.Core.Packing;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Tests.Printing;

/// <summary>A PDF label the document printer failed (or keeps waiting) shows the printer's own words under the banner, and the reprint command.</summary>
public sealed class LabelBanners_PrinterProblem : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);
    private readonly BunitContext _bunit = new();

    [Theory]
    [InlineData("en", "Printer: printer aborted the job: media-jam")]
    [InlineData("pl", "Drukarka: printer aborted the job: media-jam")]
    public void A_failed_pdf_label_says_what_the_printer_said_and_asks_for_a_reprint(string language, string expected)
    {
        var watch = new LabelWatch();
        watch.Update([new StationParcel("WS-100001", "PX0012345678PL", "000000000000000001", 1250, Now, "Failed", 41, Now.AddSeconds(-10), "POCZTEX",
            PrinterProblem: "printer aborted the job: media-jam")], printerReady: true, Now);

        var banner = _bunit.Render<LabelBanners>(p => p.Add(x => x.Watch, watch).Add(x => x.T, Texts.For(language)));

        var section = banner.Find("[data-label-waiting='PX0012345678PL']");
        Assert.Contains("banner-fault", section.ClassList);
        Assert.Equal(expected, section.QuerySelector("[data-printer-problem]")!.TextContent);
        Assert.Contains("CMD:REPRINT", section.TextContent);
    }

    [Fact]
    public void A_label_without_a_printer_problem_has_no_printer_line()
    {
        var watch = new LabelWatch();
        watch.Update([new StationParcel("WS-100001", "TRK-1", "000000000000000001", 1250, Now, "Failed", 41, Now.AddSeconds(-10), "INPOST")], printerReady: true, Now);

        var banner = _bunit.Render<LabelBanners>(p => p.Add(x => x.Watch, watch).Add(x => x.T, Texts.For("en")));

        Assert.Empty(banner.FindAll("[data-printer-problem]"));
    }

    public void Dispose() => _bunit.Dispose();
}
