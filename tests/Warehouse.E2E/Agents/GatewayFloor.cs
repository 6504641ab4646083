using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Floor;
using Warehouse.Core.Printing;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.E2E.Agents;

/// <summary>
/// One agent floor and one server process for a whole test class (a server start costs seconds), with
/// a second station that has an agent secret of its own and a gRPC channel to the agents' port.
/// </summary>
public sealed class GatewayFloor : IAsyncLifetime
{
    public const string OtherStation = "PACK-02";
    public const string ApiKey = "demo-key-0123456789abcdef";

    public AgentFloor Floor { get; private set; } = null!;
    public AppProcess Server { get; private set; } = null!;
    public GrpcChannel Channel { get; private set; } = null!;
    public string OtherSecret { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Floor = await AgentFloor.PrepareAsync();
        var adminId = await Floor.QueryAsync(db => db.Operators.Where(o => o.Badge == "B-9901").Select(o => o.Id).SingleAsync());
        // An agent is let in only for a station set to Agent.
        var setup = new StationDeviceSetup(Floor.Dbs, new FloorClock(TimeProvider.System, TimeZoneInfo.Utc));
        Assert.Empty(await setup.SaveAsync(OtherStation, new StationDeviceSet { Connection = DeviceConnection.Agent, ScannerPath = "/dev/serial/by-id/usb-Datalogic_Scanner-if00" }, adminId));
        OtherSecret = (await setup.IssueAgentSecretAsync(OtherStation, adminId))!;
        Server = await AppProcess.StartAsync(Floor.ServerSettings);
        Channel = GrpcChannel.ForAddress(Floor.AgentUrl);
    }

    public Task<RawAgent> WelcomedAsync() => RawAgent.WelcomedAsync(Channel, AgentFloor.Station, Floor.Secret);

    /// <summary>A label waiting at <paramref name="station"/> as the server would queue it; returns its id.</summary>
    public Task<int> AddPrintJobAsync(string station, PrintJobStatus status) => Floor.QueryAsync(async db =>
    {
        var job = new PrintJob { StationCode = station, Zpl = "^XA^FO50,50^A0N,40,40^FDNOT YOURS^FS^XZ", Status = status, CreatedUtc = DateTime.UtcNow };
        db.PrintJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    });

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await Server.DisposeAsync();
        await Floor.DisposeAsync();
    }
}
