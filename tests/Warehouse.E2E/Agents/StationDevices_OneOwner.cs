using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Packing;
using Warehouse.Core.Stations;
using Warehouse.Core.Printing;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.DeviceSimulators.Scales;
using Warehouse.DeviceSimulators.Scanners;
using Warehouse.Web.Agents;
using Warehouse.Web.Demo;
using Warehouse.Web.LocalDevices;

namespace Warehouse.E2E.Agents;

/// <summary>
/// Every device has exactly one owner. A running demo station (its scale and printer driven by the
/// server) is handed to a station agent with devices of its own on the device page, and back: at
/// each moment the station's weight comes from one scale only and each label prints once, on the
/// current owner's printer. (Once two scales fed one station and a parcel was packed on the wrong one.)
/// </summary>
public sealed class StationDevices_OneOwner(FloorApp app) : IClassFixture<FloorApp>
{
    private const string Station = "PACK-03";

    [Fact]
    public async Task Handing_a_running_station_to_its_agent_and_back_leaves_one_scale_and_one_printer_in_use()
    {
        var demoScale = app.Services.GetRequiredService<DemoDevices>().Scale(Station);
        var demoPrinter = app.Services.GetRequiredService<DemoPrinters>()[Station];
        var readings = app.Services.GetRequiredService<ScaleReadings>();
        var sessions = app.Services.GetRequiredService<AgentSessions>();
        var setup = app.Services.GetRequiredService<StationDeviceSetup>();
        var adminId = await app.QueryAsync(db => db.Operators.Where(o => o.Badge == "B-9901").Select(o => o.Id).SingleAsync());
        var folder = Directory.CreateTempSubdirectory("warehouse-one-owner-").FullName;
        using var agentScanner = new ScannerSimulator();
        using var agentScale = new ScaleSimulator(new ScaleSimulatorOptions { SettleTime = TimeSpan.FromMilliseconds(200) });
        await using var agentPrinter = ZebraPrinterSimulator.Start(0, Path.Combine(folder, "agent-printed"));

        // The server owns the demo station: the weight is the demo scale's.
        demoScale.ExtraGrams = 7000;
        agentScale.SetWeight(1234);
        await OnlyAsync(readings, 7000, "the demo scale, driven by the server");
        await PrintsOnceAsync(demoPrinter, agentPrinter, "server");

        // Handed to an agent with its own scale and printer: the server lets go at once.
        Assert.Empty(await setup.SaveAsync(Station, new StationDeviceSet
        {
            Connection = DeviceConnection.Agent, ScannerPath = agentScanner.Path, ScalePath = agentScale.Path,
            PrinterAddress = $"127.0.0.1:{agentPrinter.Port}",
        }, adminId));
        var secret = (await setup.IssueAgentSecretAsync(Station, adminId))!;
        await Eventually.HoldsAsync(() => Task.FromResult(app.Services.GetRequiredService<LocalScales>().For(Station) is null),
            TimeSpan.FromSeconds(5), () => "the server still holds the station's scale");
        var agentUrl = app.Services.GetRequiredService<AgentEndpoint>().BoundUrl!.ToString().TrimEnd('/');
        await using (var agent = AgentProcess.Start(Station, agentUrl, secret, Path.Combine(folder, "agent")))
        {
            await OnlyAsync(readings, 1234, "the agent's scale", () => agent.Output);
            await PrintsOnceAsync(agentPrinter, demoPrinter, "agent", () => agent.Output);

            // Back to the server: the agent is let go and stays refused; the demo scale and printer again.
            Assert.Empty(await setup.SaveAsync(Station, new StationDeviceSet { Connection = DeviceConnection.None }, adminId));
            await Eventually.HoldsAsync(() => Task.FromResult(!sessions.IsConnected(Station)), TimeSpan.FromSeconds(5), () => agent.Output);
            await OnlyAsync(readings, 7000, "the demo scale, driven by the server again", () => agent.Output);
            Assert.False(sessions.IsConnected(Station), "an agent of a station that is not set to Agent was let in again");
            await PrintsOnceAsync(demoPrinter, agentPrinter, "server again");
        }
        demoScale.ExtraGrams = 0;
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The station's live weight becomes <paramref name="grams"/> and stays so for two seconds: no other scale feeds it.</summary>
    private static async Task OnlyAsync(ScaleReadings readings, int grams, string which, Func<string>? log = null)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(readings.Latest(Station)?.Grams == grams), TimeSpan.FromSeconds(15),
            () => $"the station never read {grams} g from {which}; last {readings.Latest(Station)?.Grams} g\n{log?.Invoke()}");
        var until = DateTime.UtcNow.AddSeconds(2);
        while (DateTime.UtcNow < until)
        {
            var seen = readings.Latest(Station)?.Grams;
            Assert.True(seen == grams, $"the station read {seen} g while only {which} ({grams} g) owns it");
            await Task.Delay(50);
        }
    }

    /// <summary>A label queued for the station comes out of <paramref name="owner"/> exactly once and never out of <paramref name="other"/>.</summary>
    private async Task PrintsOnceAsync(ZebraPrinterSimulator owner, ZebraPrinterSimulator other, string who, Func<string>? log = null)
    {
        var (ownerBefore, otherBefore) = (owner.Received.Count, other.Received.Count);
        var zpl = $"^XA^FO50,50^A0N,40,40^FDprinted by the {who}^FS^XZ";
        var jobId = await app.QueryAsync(async db =>
        {
            var job = new PrintJob { StationCode = Station, Zpl = zpl, Status = PrintJobStatus.Queued, CreatedUtc = DateTime.UtcNow };
            db.PrintJobs.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await owner.WaitForLabelAsync(ownerBefore + 1, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the label for the {who} never reached its printer\n{log?.Invoke()}");
        }
        await Eventually.HoldsAsync(
            async () => await app.QueryAsync(db => db.PrintJobs.Where(j => j.Id == jobId).Select(j => j.Status).SingleAsync()) == PrintJobStatus.Printed,
            TimeSpan.FromSeconds(10), () => $"the {who}'s label was not confirmed printed\n{log?.Invoke()}");
        await Task.Delay(1000); // a second owner would have sent it by now
        Assert.Equal(ownerBefore + 1, owner.Received.Count);
        Assert.Equal(otherBefore, other.Received.Count);
        Assert.Contains(owner.Received, l => l.Zpl.Contains($"printed by the {who}", StringComparison.Ordinal));
    }
}
