using System.Collections.Immutable;
using Bunit;
using Warehouse.Core.Floor;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Tests.Localization;

/// <summary>
/// The station page shows the document printer's health beside the label printer's, in the language it is
/// given; a warning (toner low) is shown but counts as working, so the dashboard lists no fault for it.
/// </summary>
public sealed class DevicesPanel_DocumentPrinter : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 4, 20, 0, 0, DateTimeKind.Utc);
    private readonly BunitContext _bunit = new();

    private static StationDevicesLive Live(params DeviceState[] devices) =>
        new("PACK-01", null, Now, ImmutableSortedDictionary<string, DeviceState>.Empty.AddRange(devices.Select(d => KeyValuePair.Create(d.Device, d))));

    public static TheoryData<string, string[], string[]> Languages => new()
    {
        { "en", ["Printer: ready", "Document printer: paper jam"], ["Drukarka", "zacięty"] },
        { "pl", ["Drukarka: działa", "Drukarka dokumentów: zacięty papier"], ["Document printer", "paper jam"] },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_jammed_document_printer_is_shown_beside_the_label_printer(string language, string[] shown, string[] notShown)
    {
        var panel = _bunit.Render<DevicesPanel>(p => p.Add(x => x.T, Texts.For(language)).Add(x => x.Live, Live(
            new DeviceState("printer", true, "ready", "", Now),
            new DeviceState("document-printer", false, "jammed", "media-jam-error", Now))));

        var item = panel.Find("#device-document-printer");
        Assert.Equal("jammed", item.GetAttribute("data-state"));
        Assert.Equal("false", item.GetAttribute("data-working"));
        Assert.Equal("media-jam-error", item.GetAttribute("title"));
        var read = panel.Find("#devices").TextContent;
        foreach (var text in shown) Assert.Contains(text, read);
        foreach (var text in notShown) Assert.DoesNotContain(text, read);
    }

    [Theory]
    [InlineData("en", "Document printer: ready, toner low")]
    [InlineData("pl", "Drukarka dokumentów: działa, mało tonera")]
    public void A_warning_is_shown_and_the_printer_still_works(string language, string shown)
    {
        var live = Live(new DeviceState("document-printer", true, "ready toner-low", "toner-low-warning", Now));

        var panel = _bunit.Render<DevicesPanel>(p => p.Add(x => x.T, Texts.For(language)).Add(x => x.Live, live));

        Assert.Contains(shown, panel.Find("#devices").TextContent);
        Assert.Equal("true", panel.Find("#device-document-printer").GetAttribute("data-working"));
        Assert.Empty(live.Faults);
    }

    [Theory]
    [InlineData("en", "Printer: answer not understood", "unintelligible")]
    [InlineData("pl", "Drukarka dokumentów: niezrozumiała odpowiedź", "unintelligible")]
    public void An_answer_the_printer_gave_that_was_not_understood_is_said_in_the_pages_language(string language, string shown, string notShown)
    {
        var device = language == "en" ? "printer" : "document-printer";
        var panel = _bunit.Render<DevicesPanel>(p => p.Add(x => x.T, Texts.For(language)).Add(x => x.Live, Live(
            new DeviceState(device, false, "unintelligible answer", "no printer-state", Now))));

        var read = panel.Find("#devices").TextContent;
        Assert.Contains(shown, read);
        Assert.DoesNotContain(notShown, read);
    }

    public void Dispose() => _bunit.Dispose();
}
