using Bunit;
using Warehouse.Core.Packing;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Tests.Printing;

/// <summary>
/// A label the printer did not count (killed with the label in its buffer) is a fault at the station:
/// a fault banner asking for a reprint, in the packer's language, and the fault sound once.
/// </summary>
public sealed class LabelBanners_NotConfirmed : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);
    private readonly BunitContext _bunit = new();

    private static StationParcel Job(string status, int id = 41) =>
        new("WS-100001", "TRK-1", "000000000000000001", 1250, Now, status, id, Now.AddSeconds(-10), "INPOST");

    [Theory]
    [InlineData("en", "Label not confirmed — reprint? WS-100001 · TRK-1")]
    [InlineData("pl", "Etykieta niepotwierdzona — wydrukować ponownie? WS-100001 · TRK-1")]
    public void A_label_not_confirmed_is_a_fault_banner_asking_for_a_reprint(string language, string expected)
    {
        var watch = new LabelWatch();
        watch.Update([Job("NotConfirmed")], printerReady: true, Now);

        var banner = _bunit.Render<LabelBanners>(p => p.Add(x => x.Watch, watch).Add(x => x.T, Texts.For(language)));

        var section = banner.Find("[data-label-waiting='TRK-1']");
        Assert.Contains("banner-fault", section.ClassList);
        Assert.Equal("NotConfirmed", section.GetAttribute("data-print-status"));
        Assert.Contains(expected, section.TextContent);
        Assert.Contains("CMD:REPRINT", section.TextContent);
    }

    [Fact]
    public void A_waiting_label_that_turns_out_not_confirmed_sounds_the_fault_once()
    {
        var watch = new LabelWatch();

        var waiting = watch.Update([Job("Sent")], printerReady: true, Now);
        var lost = watch.Update([Job("NotConfirmed")], printerReady: true, Now);
        var again = watch.Update([Job("NotConfirmed")], printerReady: true, Now);

        Assert.Equal("LabelWaiting", waiting);
        Assert.Equal("Fault", lost);
        Assert.Null(again);
        Assert.Single(watch.Waiting);
    }

    [Fact]
    public void A_label_not_confirmed_is_settled_once_its_reprint_has_printed()
    {
        var watch = new LabelWatch();

        watch.Update([Job("NotConfirmed")], printerReady: true, Now);
        var reprintWaiting = watch.Update([Job("Queued", id: 42), Job("NotConfirmed")], printerReady: true, Now);
        var reprinted = watch.Update([Job("Printed", id: 42), Job("NotConfirmed")], printerReady: true, Now);

        Assert.Equal("LabelWaiting", reprintWaiting);
        Assert.Empty(watch.Waiting);
        Assert.Equal("LabelPrinted", reprinted);
        Assert.Equal(42, watch.JustPrinted?.PrintJobId);
    }

    public void Dispose() => _bunit.Dispose();
}
