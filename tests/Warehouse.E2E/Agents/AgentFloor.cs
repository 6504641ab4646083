using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Demo;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Core.Staff;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.DeviceSimulators.Scales;
using Warehouse.DeviceSimulators.Scanners;
using Warehouse.Core.Stations;
using Warehouse.Testing.Demo;

namespace Warehouse.E2E.Agents;

/// <summary>
/// A floor whose PACK-03 works through a station agent: the demo warehouse seeded into a SQLite file,
/// and the station's devices (simulators on real pseudo-terminals and TCP) set up and an agent
/// secret issued the way an admin does, before the server starts.
/// </summary>
public sealed class AgentFloor : IAsyncDisposable
{
    public const string Station = "PACK-03";

    private AgentFloor(string folder, WarehouseDbFactory dbs, ZebraPrinterSimulator printer)
    {
        Folder = folder;
        Dbs = dbs;
        Printer = printer;
    }

    public string Folder { get; }
    public WarehouseDbFactory Dbs { get; }
    public ScannerSimulator Scanner { get; } = new();
    public ScaleSimulator Scale { get; } = new(new ScaleSimulatorOptions { SettleTime = TimeSpan.FromMilliseconds(300) });
    public ZebraPrinterSimulator Printer { get; }
    public string Secret { get; private set; } = "";
    public int AgentPort { get; } = AppProcess.FreePort();
    public string AgentUrl => $"http://127.0.0.1:{AgentPort}";

    /// <summary>What the server is started with: this floor's database and agent port.</summary>
    public string[] ServerSettings => [$"--Storage:DataFolder={Folder}", $"--Agents:Url={AgentUrl}"];

    public static async Task<AgentFloor> PrepareAsync()
    {
        var folder = Directory.CreateTempSubdirectory("warehouse-agent-floor-").FullName;
        await DemoWarehouseFile.CopyToAsync(folder);
        var dbs = new WarehouseDbFactory(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = WarehouseDbFactory.SqliteIn(folder) });
        var floor = new AgentFloor(folder, dbs, ZebraPrinterSimulator.Start(0, Path.Combine(folder, "printed")));
        int adminId;
        await using (var db = dbs.CreateDbContext())
        {
            adminId = await db.Operators.Where(o => o.Badge == "B-9901").Select(o => o.Id).SingleAsync();
        }

        var setup = new StationDeviceSetup(dbs, new FloorClock(TimeProvider.System, TimeZoneInfo.Utc));
        var problems = await setup.SaveAsync(Station, new StationDeviceSet
        {
            Connection = DeviceConnection.Agent,
            ScannerPath = floor.Scanner.Path,
            ScalePath = floor.Scale.Path,
            PrinterAddress = $"127.0.0.1:{floor.Printer.Port}",
        }, adminId);
        Assert.Empty(problems);
        floor.Secret = (await setup.IssueAgentSecretAsync(Station, adminId))!;
        return floor;
    }

    /// <summary>The station's view as the server computes it (expected weight, what is on the scale).</summary>
    public async Task<StationView> ViewAsync()
    {
        var settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        var options = Options.Create(settings.GetSection("Packing").Get<PackingOptions>()!);
        var board = new StationBoard(Dbs, new FloorClock(TimeProvider.System, TimeZoneInfo.Utc), options, Options.Create(new StationOptions()));
        return (await board.LoadAsync(Station))!;
    }

    public async Task<T> QueryAsync<T>(Func<WarehouseDb, Task<T>> query)
    {
        await using var db = Dbs.CreateDbContext();
        return await query(db);
    }

    /// <summary>The codes the server stored as scanned at the station, oldest first.</summary>
    public Task<List<string>> ScannedAsync() =>
        QueryAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Kind == "scan" && a.StationCode == Station).OrderBy(a => a.Id).Select(a => a.Scanned!).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        Scanner.Dispose();
        Scale.Dispose();
        await Printer.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
