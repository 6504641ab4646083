using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>The admin sets up a station's devices and its agent secret; wrong, hostile and oversized input is refused field by field and stores nothing.</summary>
public sealed class StationDevices_AdminPage(FloorApp app) : IClassFixture<FloorApp>
{
    private async Task<IPage> DevicePageAsync(string station)
    {
        var page = await app.SignedInPageAsync("B-9901", "demo-admin");
        await page.GotoAsync("/admin/stations");
        await page.ClickAsync($"[data-devices={station}]");
        await Expect(page).ToHaveURLAsync($"{app.BaseUrl}/admin/stations/{station}/devices", new() { Timeout = 60_000 });
        return page;
    }

    private Task<StationDeviceSet> StoredAsync(string station) =>
        app.QueryAsync(db => db.Stations.AsNoTracking().Where(s => s.Code == station).Select(s => s.Devices).SingleAsync());

    [Fact]
    public async Task A_valid_set_is_stored_and_audited()
    {
        var page = await DevicePageAsync("PACK-02");
        await page.SelectOptionAsync("#connection", "Agent");
        await page.FillAsync("#scanner-path", "/dev/serial/by-id/usb-Datalogic_Scanner_D130-if00");
        await page.SelectOptionAsync("#scanner-suffix", "crlf");
        await page.FillAsync("#scale-path", "/dev/serial/by-id/usb-Mettler_Toledo-if00-port0");
        await page.SelectOptionAsync("#scale-protocol", "toledo-8217");
        await page.SelectOptionAsync("#scale-unit", "lb");
        await page.FillAsync("#printer-address", "10.0.4.21:9100");
        await page.SelectOptionAsync("#printer-dpi", "300");
        await page.FillAsync("#label-width", "3,94");
        await page.ClickAsync("#save-devices");
        await Expect(page.Locator("#devices-saved")).ToBeVisibleAsync();

        var stored = await StoredAsync("PACK-02");
        Assert.Equal((DeviceConnection.Agent, "crlf", "toledo-8217", "lb", "10.0.4.21:9100", 300, 3.94m),
            (stored.Connection, stored.ScannerSuffix, stored.ScaleProtocol, stored.ScaleUnit, stored.PrinterAddress, stored.PrinterDpi, stored.LabelWidthInches));
        Assert.True(await app.QueryAsync(db => db.AuditEvents.AnyAsync(a => a.Kind == "station.devices" && a.StationCode == "PACK-02")));
    }

    [Fact]
    public async Task The_page_shows_every_stored_setting_and_saving_it_unchanged_stores_the_same_set()
    {
        var set = new StationDeviceSet
        {
            Connection = DeviceConnection.Agent, ScannerPath = "/dev/serial/by-id/usb-Zebra_DS2208-if00", ScannerSuffix = "tab",
            ScalePath = "/dev/serial/by-id/usb-Mettler-if00-port0", ScaleProtocol = "toledo-8217", ScaleUnit = "g",
            PrinterAddress = "10.0.4.22:9100", PrinterDpi = 300, LabelWidthInches = 3.94m, LabelHeightInches = 5.91m,
        };
        var adminId = await app.QueryAsync(db => db.Operators.Where(o => o.Badge == "B-9901").Select(o => o.Id).SingleAsync());
        Assert.Empty(await app.Services.GetRequiredService<StationDeviceSetup>().SaveAsync("PACK-03", set, adminId));

        var page = await DevicePageAsync("PACK-03");
        Assert.Equal("Agent", await page.InputValueAsync("#connection"));
        Assert.Equal("tab", await page.InputValueAsync("#scanner-suffix"));
        Assert.Equal("toledo-8217", await page.InputValueAsync("#scale-protocol"));
        Assert.Equal("g", await page.InputValueAsync("#scale-unit"));
        Assert.Equal("300", await page.InputValueAsync("#printer-dpi"));
        Assert.Equal(set.ScannerPath, await page.InputValueAsync("#scanner-path"));
        Assert.Equal(set.ScalePath, await page.InputValueAsync("#scale-path"));
        Assert.Equal(set.PrinterAddress, await page.InputValueAsync("#printer-address"));
        Assert.Equal("3.94", await page.InputValueAsync("#label-width"));
        Assert.Equal("5.91", await page.InputValueAsync("#label-height"));

        await page.ClickAsync("#save-devices");
        await Expect(page.Locator("#devices-saved")).ToBeVisibleAsync();
        var stored = await StoredAsync("PACK-03");
        Assert.Equal(
            (set.Connection, set.ScannerPath, set.ScannerSuffix, set.ScalePath, set.ScaleProtocol, set.ScaleUnit, set.PrinterAddress, set.PrinterDpi, set.LabelWidthInches, set.LabelHeightInches),
            (stored.Connection, stored.ScannerPath, stored.ScannerSuffix, stored.ScalePath, stored.ScaleProtocol, stored.ScaleUnit, stored.PrinterAddress, stored.PrinterDpi, stored.LabelWidthInches, stored.LabelHeightInches));
    }

    public static TheoryData<string, string, string> BadFields => new()
    {
        { "#scanner-path", "ttyUSB0", "ScannerPath" },
        { "#scanner-path", "/dev/../etc/passwd", "ScannerPath" },
        { "#scale-path", "/dev/<script>alert(1)</script>", "ScalePath" },
        { "#scale-path", "/dev/" + new string('x', 5000), "ScalePath" },
        { "#printer-address", "printer:99999", "PrinterAddress" },
        { "#printer-address", "^XA^FDhello^FS^XZ", "PrinterAddress" },
        { "#label-width", "abc", "LabelWidthInches" },
        { "#label-height", "40", "LabelHeightInches" },
    };

    [Theory, MemberData(nameof(BadFields))]
    public async Task A_wrong_field_is_named_and_nothing_is_stored(string field, string value, string name)
    {
        var before = await StoredAsync("PACK-01");
        var page = await DevicePageAsync("PACK-01");
        // Past the browser's own maxlength, as a hand-made request would be.
        await page.Locator(field).EvaluateAsync("(e, v) => { e.removeAttribute('maxlength'); e.value = v; }", value);
        await page.ClickAsync("#save-devices");
        await Expect(page.Locator("#devices-refused")).ToBeVisibleAsync();
        await Expect(page.Locator($".field-problem[data-field={name}]")).ToBeVisibleAsync();
        var after = await StoredAsync("PACK-01");
        Assert.Equivalent(before, after);
    }

    [Fact]
    public async Task A_tampered_choice_is_refused()
    {
        var page = await DevicePageAsync("PACK-01");
        await page.Locator("#connection").EvaluateAsync("e => { const o = document.createElement('option'); o.value = 'Bogus'; e.add(o); e.value = 'Bogus'; }");
        await page.Locator("#scale-protocol").EvaluateAsync("e => { const o = document.createElement('option'); o.value = 'x\"><img src=x onerror=alert(1)>'; e.add(o); e.value = o.value; }");
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.ClickAsync("#save-devices");
        await Expect(page.Locator(".field-problem[data-field=Connection]")).ToBeVisibleAsync();
        Assert.Equal(DeviceConnection.None, (await StoredAsync("PACK-01")).Connection);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task A_new_agent_secret_is_shown_once_and_replaces_the_old_one()
    {
        var page = await DevicePageAsync("PACK-03");
        await page.ClickAsync("#issue-secret");
        var first = (await page.Locator("#agent-secret").InnerTextAsync()).Trim();
        Assert.True(first.Length >= 40);
        var stored = await app.QueryAsync(db => db.Stations.Where(s => s.Code == "PACK-03").Select(s => s.AgentSecretHash).SingleAsync());
        Assert.Equal(Secrets.HashToken(first), stored);

        await page.GotoAsync($"/admin/stations/PACK-03/devices");
        await Expect(page.Locator("#agent-secret")).ToHaveCountAsync(0);
        await page.ClickAsync("#issue-secret");
        var second = (await page.Locator("#agent-secret").InnerTextAsync()).Trim();
        Assert.NotEqual(first, second);
        Assert.Equal(Secrets.HashToken(second), await app.QueryAsync(db => db.Stations.Where(s => s.Code == "PACK-03").Select(s => s.AgentSecretHash).SingleAsync()));
    }

    [Fact]
    public async Task A_supervisor_cannot_open_the_device_page()
    {
        var page = await app.SignedInPageAsync("B-9001", "demo-supervisor");
        await page.GotoAsync("/admin/stations/PACK-01/devices");
        await Expect(page.Locator("#devices-form")).ToHaveCountAsync(0);
    }
}
