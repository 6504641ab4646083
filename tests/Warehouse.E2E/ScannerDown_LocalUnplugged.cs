using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Stations;
using Warehouse.E2E.Agents;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// Local mode: the serial scanner the server reads itself (the demo's, on a real pseudo-terminal) is
/// unplugged, and the station says loudly that its scans are not being received until it is back. A
/// station without a serial scanner (the keyboard wedge only) has nothing to miss and shows no banner.
/// </summary>
public sealed class ScannerDown_LocalUnplugged(FloorApp app) : IClassFixture<FloorApp>
{
    [Fact]
    public async Task An_unplugged_local_scanner_shows_the_scanner_down_banner_until_it_is_plugged_back()
    {
        const string station = "PACK-02";
        var scanner = app.Services.GetRequiredService<DemoDevices>().Scanner(station);
        var page = await app.EnrolledStationAsync(station);
        await Expect(page.Locator("#device-scanner")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 10_000 });
        await Expect(page.Locator(ScannerDown.Banner)).ToHaveCountAsync(0);

        scanner.Unplug();
        try
        {
            await ScannerDown.ShownAsync(page, "scanner", timeoutMs: 10_000);
        }
        finally
        {
            scanner.Plug();
        }
        await ScannerDown.GoneAsync(page, timeoutMs: 20_000);
        await scanner.ScanAsync("B-1001");
        await Expect(page.Locator("#operator")).ToHaveTextAsync("Anna Kowalska", new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task A_station_with_no_serial_scanner_shows_no_banner_even_with_its_agent_away()
    {
        const string station = "PACK-01";
        var adminId = await app.QueryAsync(db => db.Operators.Where(o => o.Badge == "B-9901").Select(o => o.Id).SingleAsync());
        // An agent station with a printer only: scans come by the keyboard wedge, and no agent is running.
        Assert.Empty(await app.Services.GetRequiredService<StationDeviceSetup>().SaveAsync(station,
            new StationDeviceSet { Connection = DeviceConnection.Agent, PrinterAddress = "127.0.0.1:9" }, adminId));
        var page = await app.EnrolledStationAsync(station);
        await StationScans.WedgeAsync(page, "B-1003");
        await Expect(page.Locator("#operator")).ToHaveTextAsync("Zofia Wiśniewska", new() { Timeout = 10_000 });
        await Expect(page.Locator(ScannerDown.Banner)).ToHaveCountAsync(0);
    }
}
