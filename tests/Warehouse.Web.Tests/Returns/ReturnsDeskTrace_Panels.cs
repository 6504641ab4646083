using Bunit;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Web.Components.Pages.Station;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Tests.Returns;

/// <summary>
/// A unit's serial on the desk's screen: shown as text (a serial is the customer's barcode, so it may hold
/// anything GS1 allows), and a unit the shipment does not vouch for marked in words, in the screen's language.
/// </summary>
public sealed class ReturnsDeskTrace_Panels : IDisposable
{
    private readonly BunitContext _bunit = new();

    public ReturnsDeskTrace_Panels() => _bunit.JSInterop.Mode = JSRuntimeMode.Loose;

    public void Dispose() => _bunit.Dispose();

    private static ReturnsDeskUnit Unit(int id, string? serial, ReturnUnitTrace trace) =>
        new(id, "Słuchawki BT", "", ReturnUnitOutcome.Arrived, ReturnGrade.A, null, null, null, 0, 0, false, serial, trace);

    [Theory]
    [InlineData("pl", "inny niż wysłany", "nieodczytany")]
    [InlineData("en", "not the one shipped", "not read")]
    public void A_stranger_and_an_unread_serial_are_marked_and_a_hostile_serial_stays_text(string language, string notShipped, string notRead)
    {
        var open = new ReturnsDeskReturn("RMA-000000017", "WS-1", ReturnKind.Withdrawal, [],
            [Unit(1, "SN-1", ReturnUnitTrace.Matches), Unit(2, "<script>alert(1)</script>", ReturnUnitTrace.NotShipped), Unit(3, null, ReturnUnitTrace.NotRead)],
            null, Unannounced: true);

        var units = _bunit.Render<ReturnsDeskUnits>(p => p.Add(x => x.Return, open).Add(x => x.T, Texts.For(language)));

        var marks = units.FindAll(".trace-warn").Select(m => (m.GetAttribute("data-trace"), m.TextContent.Trim())).ToList();
        Assert.Equal([(nameof(ReturnUnitTrace.NotShipped), notShipped), (nameof(ReturnUnitTrace.NotRead), notRead)], marks);
        Assert.Equal(["SN-1", "<script>alert(1)</script>"], units.FindAll(".unit-serial").Select(s => s.TextContent));
        Assert.Empty(units.FindAll("script"));
    }
}
