using Bunit;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Tests.Shipping;

/// <summary>
/// A carrier that is down or answers garbage is worded in the packer's language on the station's banner;
/// the carrier's own words (English, HTTP, HTML) appear only on the detail line under it, as text.
/// </summary>
public sealed class LabelBanners_CarrierProblem : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 3, 10, 0, 0, DateTimeKind.Utc);
    private readonly BunitContext _bunit = new();

    private IRenderedComponent<LabelBanners> Banner(string language, string? code, string problem, bool refused = false)
    {
        var watch = new LabelWatch();
        watch.Update([new StationParcel("WS-100001", null, "000000000000000001", 1250, Now, StationParcel.WaitingForCarrier, 0, Now, "INPOST", problem, refused, code)],
            printerReady: true, Now);
        return _bunit.Render<LabelBanners>(p => p.Add(x => x.Watch, watch).Add(x => x.T, Texts.For(language)));
    }

    [Fact]
    public void A_server_error_is_polish_on_a_polish_station_and_the_carrier_s_words_are_the_detail_line()
    {
        var banner = Banner("pl", CarrierProblemCodes.ServerError, "InPost answered 503 to the new shipment with something that is not its error body: <html>");

        var section = banner.Find("[data-label-waiting]");
        Assert.Equal(CarrierProblemCodes.ServerError, section.GetAttribute("data-problem"));
        var main = section.TextContent.Replace(banner.Find(".banner-detail").TextContent, "");
        Assert.Contains("błąd serwera przewoźnika", main);
        Assert.DoesNotContain("answered", main);
        Assert.Contains("InPost answered 503", banner.Find(".banner-detail").TextContent);
        Assert.Empty(banner.FindAll("html")); // the carrier's HTML is text, never markup
    }

    [Theory]
    [InlineData("en", CarrierProblemCodes.Garbage, "the carrier answered something unreadable")]
    [InlineData("pl", CarrierProblemCodes.Timeout, "przewoźnik nie odpowiedział na czas")]
    [InlineData("pl", CarrierProblemCodes.Unreachable, "brak połączenia z przewoźnikiem")]
    public void Every_problem_code_reads_in_the_station_s_language(string language, string code, string expected) =>
        Assert.Contains(expected, Banner(language, code, "raw words").Find("[data-label-waiting]").TextContent);

    [Fact]
    public void A_problem_stored_before_codes_existed_still_shows_its_words() =>
        Assert.Contains("HTTP 503", Banner("pl", null, "HTTP 503 Service Unavailable").Find("[data-label-waiting]").TextContent);

    public void Dispose() => _bunit.Dispose();
}
