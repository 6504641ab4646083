using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Floor;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.Web.Printing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Printing;

/// <summary>
/// The server asks the document printer of each station it drives how it is (Get-Printer-Attributes), here a
/// simulated IPP printer on a real loopback socket, and the health board — what the station page and the
/// dashboard show — follows it: ready, out of paper, jammed, stopped, unreachable, and gone with the setting.
/// </summary>
public sealed class DocumentPrinterWatch_ReportsTheServersPrinters(WebFloor floor) : IClassFixture<WebFloor>
{
    private const string Device = "document-printer";

    private StationDocumentPrinters Routes => floor.Services.GetRequiredService<StationDocumentPrinters>();

    private DeviceHealthBoard Board => floor.Services.GetRequiredService<DeviceHealthBoard>();

    /// <summary>The station's document printer once <paramref name="wanted"/> holds, or as it is after 15 s (for the assert to name).</summary>
    private async Task<DeviceState?> EventuallyAsync(string station, Func<DeviceState?, bool> wanted)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var state = Board.For(station)?.Devices.GetValueOrDefault(Device);
            if (wanted(state) || DateTime.UtcNow > until) return state;
            await Task.Delay(100); // the server's own watch asks on its own time
        }
    }

    [Fact]
    public async Task A_printer_out_of_paper_jammed_or_stopped_shows_as_such_and_ready_again_once_seen_to()
    {
        await using var printer = IppPrinterSimulator.Start();
        Routes.Set("PACK-01", printer.Uri);
        try
        {
            var ready = await EventuallyAsync("PACK-01", d => d?.State == "ready");
            Assert.True(ready is { Working: true, Online: true }, $"{ready}");

            foreach (var (condition, shown) in new[] { (SimulatedIppCondition.PaperOut, "paper-out"), (SimulatedIppCondition.Jammed, "jammed"), (SimulatedIppCondition.Stopped, "paused") })
            {
                printer.Condition = condition;
                var stopped = await EventuallyAsync("PACK-01", d => d?.State == shown);
                Assert.Equal(shown, stopped?.State);
                Assert.False(stopped!.Online);
                Assert.Contains(stopped, Board.For("PACK-01")!.Faults); // the dashboard shows faults
            }

            printer.Condition = SimulatedIppCondition.Idle;
            Assert.Equal("ready", (await EventuallyAsync("PACK-01", d => d?.State == "ready"))?.State);
            Assert.Empty(printer.Refused);
        }
        finally
        {
            Routes.Remove("PACK-01");
        }
    }

    [Fact]
    public async Task A_printer_nobody_answers_for_is_unreachable_and_a_station_without_one_shows_none()
    {
        string nobody;
        await using (var gone = IppPrinterSimulator.Start()) nobody = gone.Uri; // a port where nothing listens now
        Routes.Set("PACK-03", nobody);

        var down = await EventuallyAsync("PACK-03", d => d?.State == "unreachable");
        Assert.Equal("unreachable", down?.State);
        Assert.Contains("No connection", down!.Description);

        Routes.Remove("PACK-03"); // the demo warehouse sets no document printer on the device page
        Assert.Null(await EventuallyAsync("PACK-03", d => d is null));
    }
}
