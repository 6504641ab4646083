using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Warehouse.Web.Agents;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Warehouse.Core.Data;
using Warehouse.Testing.Demo;

namespace Warehouse.E2E;

/// <summary>
/// The app in demo mode on a real Kestrel socket (simulated scales and Zebra printers on real
/// TCP ports), and Debian's Chromium driven by Playwright (the run's one, <see cref="SharedChromium"/>).
/// Never downloads a browser.
/// </summary>
public class FloorApp : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-e2e-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _factory!.Services;

    /// <summary>The server's last log lines, for a failing test's message.</summary>
    public ServerLog Log { get; } = new();

    public async Task InitializeAsync()
    {
        await DemoWarehouseFile.CopyToAsync(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:DataFolder", _folder);
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Demo:PrinterBasePort", "0");
            b.UseUrls("http://127.0.0.1:0");
            b.UseSetting("Agents:Url", "http://127.0.0.1:0");
            foreach (var (key, value) in Settings) b.UseSetting(key, value);
            b.ConfigureLogging(logging => logging.AddProvider(Log).AddFilter<ServerLog>(null, LogLevel.Debug));
            b.ConfigureServices(ConfigureServices);
        });
        _factory.UseKestrel();
        _factory.StartServer();
        // The server has two addresses: the pages' and the agents' HTTP/2-only one.
        BaseUrl = Services.GetRequiredService<AgentEndpoint>()
            .PagesUrl(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses).ToString().TrimEnd('/');

        _playwright = await SharedChromium.PlaywrightAsync();
        // The run's one browser unless this class needs one started with its own arguments (a fake camera, say).
        Browser = ChromiumArgs() is [] ? await SharedChromium.ForClassAsync() : await Chromium.LaunchAsync(_playwright, ChromiumArgs());
    }

    /// <summary>What a test fixture adds to Chromium's command line (a fake camera, say).</summary>
    protected virtual string[] ChromiumArgs() => [];

    /// <summary>Another Chromium (the usual arguments and <paramref name="moreArgs"/>) for a test that needs one unlike <see cref="Browser"/>.</summary>
    public Task<IBrowser> OtherBrowserAsync(params string[] moreArgs) => Chromium.LaunchAsync(_playwright!, moreArgs);

    /// <summary>The whole Chromium browser rather than the headless shell (<see cref="Chromium.LaunchBrowserAsync"/>).</summary>
    public Task<IBrowser> WholeBrowserAsync(params string[] moreArgs) => Chromium.LaunchBrowserAsync(_playwright!, moreArgs);

    /// <summary>Settings a test fixture gives the app over appsettings.json (a QC rule, say).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>What a test fixture adds to the app's services (a test's own circuit handler, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public Task<IPage> SignedInPageAsync(string badge, string password) => Chromium.SignedInPageAsync(Browser, BaseUrl, badge, password);

    /// <summary>This browser enrolled as <paramref name="station"/> by an admin; the station screen open and listening for the wedge.</summary>
    /// <param name="screen">Where the station's kind opens (the QC bench: /qc), and what shows it is ready.</param>
    public async Task<IPage> EnrolledStationAsync(string station, (string Path, string Ready)? screen = null)
    {
        var (path, ready) = screen ?? ("/station", "body[data-wedge=on] .station[data-ready=true]");
        var page = await SignedInPageAsync("B-9901", "demo-admin");
        // The slip's print() is recorded on the station's window, not run: headless Chromium's own print()
        // in the slip frame now and then left the page deaf to the next scan's keys (dispatched, never heard
        // by station.js, while the server kept rendering). PackingSlip_InChromium reads what was printed.
        await page.Context.AddInitScriptAsync("window.print = () => (window.top.__printed ??= []).push(location.pathname + location.search);");
        return await Chromium.EnrolAsync(page, BaseUrl, station, path, ready);
    }

    /// <summary>The EAN a scanner reads from a demo SKU's barcode.</summary>
    public async Task<string> EanAsync(string skuCode) =>
        (await QueryAsync(db => db.Skus.Where(s => s.Code == skuCode).Select(s => s.Gtin!).SingleAsync())).TrimStart('0');

    public async Task<T> QueryAsync<T>(Func<WarehouseDb, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<WarehouseDb>>().CreateDbContextAsync();
        return await query(db);
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
