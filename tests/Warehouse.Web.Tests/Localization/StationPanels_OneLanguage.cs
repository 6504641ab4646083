using System.Collections.Immutable;
using Bunit;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Core.Stations;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Tests.Localization;

/// <summary>The station's panels speak the language they are given, and only that one.</summary>
public sealed class StationPanels_OneLanguage : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 2, 20, 0, 0, DateTimeKind.Utc);
    private readonly BunitContext _bunit = new();

    public static TheoryData<string, string[], string[]> Languages => new()
    {
        { "en", ["Labels", "Show label", "Printed", "Weight", "stable", "Item", "FRAGILE", "Devices", "Printer: paper out"], ["Etykiety", "Pokaż", "Wydrukowana", "Waga", "stabilna", "Produkt", "KRUCHE", "Urządzenia", "brak papieru"] },
        { "pl", ["Etykiety", "Pokaż etykietę", "Wydrukowana", "Waga", "stabilna", "Produkt", "KRUCHE", "Urządzenia", "Drukarka: brak papieru"], ["Labels", "Show label", "Printed", "Weight", "stable", "Item", "FRAGILE", "Devices", "paper out"] },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_panels_show_one_language(string language, string[] shown, string[] notShown)
    {
        var t = Texts.For(language);
        var shownText = string.Join(" | ",
            Visible(_bunit.Render<ParcelsPanel>(p => p
                .Add(x => x.Parcels, [new StationParcel("DEMO-1", "TRK1", "000000000000000001", 1250, Now, "Printed", 1, Now)])
                .Add(x => x.T, t))),
            Visible(_bunit.Render<WeightPanel>(p => p.Add(x => x.Live, new WeightReading(1250, true, Now, Now)).Add(x => x.T, t))),
            Visible(_bunit.Render<OrderLinesTable>(p => p.Add(x => x.Lines, [new StationLine("SZK-1", "Szklanka", null, 2, 1, true)]).Add(x => x.T, t))),
            Visible(_bunit.Render<DevicesPanel>(p => p
                .Add(x => x.Live, new StationDevicesLive("PACK-01", null, Now,
                    ImmutableSortedDictionary<string, DeviceState>.Empty.Add("printer", new DeviceState("printer", false, "paper-out", "", Now))))
                .Add(x => x.T, t))));

        foreach (var text in shown) Assert.Contains(text, shownText);
        foreach (var text in notShown) Assert.DoesNotContain(text, shownText);
    }

    /// <summary>What a person reads: the text, and the titles shown on hover.</summary>
    private static string Visible<T>(IRenderedComponent<T> rendered) where T : Microsoft.AspNetCore.Components.IComponent =>
        string.Join(" ", rendered.Nodes.Select(n => n.TextContent).Concat(rendered.FindAll("[title]").Select(e => e.GetAttribute("title") ?? "")));

    public void Dispose() => _bunit.Dispose();
}
