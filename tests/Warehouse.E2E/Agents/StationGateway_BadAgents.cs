using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Printing;
using Warehouse.StationLink;
using Warehouse.Testing;

namespace Warehouse.E2E.Agents;

/// <summary>
/// The gateway against agents that are wrong or hostile, through a raw gRPC client on the server's real
/// agent port: nobody gets in without their own station's secret, nothing malformed is stored, one
/// station cannot touch another's labels, and the server keeps serving the real agent throughout.
/// </summary>
public sealed class StationGateway_BadAgents(GatewayFloor gateway) : IClassFixture<GatewayFloor>
{
    private static long _sequence;

    private static long NextSequence() => Interlocked.Increment(ref _sequence);

    private static string NewScanId() => "bad-agents-" + Guid.NewGuid().ToString("N");

    private Task<int> StoredScansAsync() =>
        gateway.Floor.QueryAsync(db => db.ScanReceipts.CountAsync(r => r.StationCode == AgentFloor.Station));

    public static TheoryData<string, string?, string?> Strangers() => new()
    {
        { "wrong secret", AgentFloor.Station, "Bearer not-the-secret" },
        { "unknown station", "PACK-99", "Bearer not-the-secret" },
        { "no metadata at all", null, null },
        { "station without a secret", AgentFloor.Station, null },
        { "secret without the Bearer word", AgentFloor.Station, "{secret}" },
        { "the station's secret under another station's name", "PACK-01", "Bearer {secret}" },
        { "an over-long station code", new string('P', 5000), "Bearer {secret}" },
    };

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task An_agent_without_its_own_stations_secret_is_refused_and_the_server_keeps_serving(string who, string? station, string? authorization)
    {
        using (var stranger = RawAgent.Connect(gateway.Channel, station, authorization?.Replace("{secret}", gateway.Floor.Secret)))
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => stranger.NextAsync());
            Assert.True(refused.StatusCode == StatusCode.Unauthenticated, $"{who}: {refused.Status}");
        }

        using var agent = await gateway.WelcomedAsync();
        var scanId = NewScanId();
        Assert.Equal(scanId, (await agent.ScanAsync(scanId, "AFTER-A-STRANGER", NextSequence())).ScanId);
    }

    [Fact]
    public async Task Another_stations_secret_does_not_open_this_station()
    {
        using (var other = RawAgent.Connect(gateway.Channel, AgentFloor.Station, "Bearer " + gateway.OtherSecret))
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => other.NextAsync());
            Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        }

        // The secret is good for its own station, and only that one.
        using var own = await RawAgent.WelcomedAsync(gateway.Channel, GatewayFloor.OtherStation, gateway.OtherSecret);
        using var agent = await gateway.WelcomedAsync();
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("tab\tinside")]
    [InlineData("")]
    [InlineData("zażółć")]
    [InlineData("200-characters")]
    public async Task A_scan_with_an_unusable_id_is_acknowledged_as_refused_and_nothing_is_stored(string scanId)
    {
        if (scanId == "200-characters") scanId = new string('x', 200);
        using var agent = await gateway.WelcomedAsync();
        var before = await StoredScansAsync();
        var operatorBefore = await OperatorAsync();
        var sequence = NextSequence();

        // B-1001 would sign a packer in at the station if it were taken.
        var ack = await agent.ScanAsync(scanId, "B-1001", sequence);

        Assert.Equal(("Refused", sequence), (ack.Outcome, ack.Sequence));
        Assert.Equal(before, await StoredScansAsync());
        Assert.False(await gateway.Floor.QueryAsync(db => db.ScanReceipts.AnyAsync(r => r.ScanId == scanId)));
        Assert.Equal(operatorBefore, await OperatorAsync());
    }

    private Task<int?> OperatorAsync() =>
        gateway.Floor.QueryAsync(db => db.Stations.Where(s => s.Code == AgentFloor.Station).Select(s => s.OperatorId).SingleAsync());

    [Fact]
    public async Task A_message_over_64_KB_ends_the_call_with_resource_exhausted_and_the_next_connection_works()
    {
        var tooBig = NewScanId();
        using (var agent = await gateway.WelcomedAsync())
        {
            await agent.SendAsync(new AgentMessage { Scan = new Scan { ScanId = tooBig, Code = new string('9', 70 * 1024), Sequence = NextSequence() } });
            var ended = await Assert.ThrowsAsync<RpcException>(async () =>
            {
                while (await agent.NextAsync() is not null) { }
            });
            Assert.Equal(StatusCode.ResourceExhausted, ended.StatusCode);
        }

        using var next = await gateway.WelcomedAsync();
        var after = NewScanId();
        var ack = await next.ScanAsync(after, "AFTER-TOO-BIG", NextSequence());

        Assert.Equal(after, ack.ScanId);
        Assert.False(await gateway.Floor.QueryAsync(db => db.ScanReceipts.AnyAsync(r => r.ScanId == tooBig)));
        Assert.True(await gateway.Floor.QueryAsync(db => db.ScanReceipts.AnyAsync(r => r.ScanId == after && r.StationCode == AgentFloor.Station)));
    }

    [Fact]
    public async Task Print_outcomes_for_labels_that_are_not_this_stations_change_nothing()
    {
        // Sent, not Queued: neither the server's own dispatcher nor this station's feed touches them.
        var others = await gateway.AddPrintJobAsync(GatewayFloor.OtherStation, PrintJobStatus.Sent);
        var own = await gateway.AddPrintJobAsync(AgentFloor.Station, PrintJobStatus.Sent);
        var before = await gateway.Floor.QueryAsync(db => db.PrintJobs.AsNoTracking().OrderBy(j => j.Id).ToListAsync());
        using var agent = await gateway.WelcomedAsync();

        // Another station's job; no job; ids that a careless cast to int would turn into this station's job.
        foreach (var id in (long[])[others, 0, -1, -own, 987_654, int.MaxValue, (1L << 32) + own, -(1L << 32) + own, long.MinValue, long.MaxValue])
        {
            await agent.SendAsync(new AgentMessage { PrintAccepted = new PrintAccepted { JobId = id } });
            await agent.SendAsync(new AgentMessage { PrintOutcome = new PrintOutcome { JobId = id, Printed = false, Reason = "HIJACKED" } });
        }

        // Messages are taken in order: once a later scan is acknowledged, every outcome above was handled.
        await agent.ScanAsync(NewScanId(), "AFTER-OUTCOMES", NextSequence());
        var after = await gateway.Floor.QueryAsync(db => db.PrintJobs.AsNoTracking().OrderBy(j => j.Id).ToListAsync());
        Assert.Equal(
            before.Select(j => (j.Id, j.StationCode, j.Status, j.FailureReason, j.Version)),
            after.Select(j => (j.Id, j.StationCode, j.Status, j.FailureReason, j.Version)));
        Assert.Equal(PrintJobStatus.Sent, after.Single(j => j.Id == others).Status);
        Assert.Equal(PrintJobStatus.Sent, after.Single(j => j.Id == own).Status);
    }

    [Fact]
    public async Task The_agents_port_serves_the_agents_service_and_nothing_else_and_the_pages_port_not_that_service()
    {
        // HTTP/2 without TLS, as the agents speak: everything but the agents' service is not there.
        using var h2c = new HttpClient { DefaultRequestVersion = System.Net.HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        h2c.DefaultRequestHeaders.Add("X-Api-Key", GatewayFloor.ApiKey);
        foreach (var path in new[] { "/healthz", "/login", "/", "/api/skus", "/hubs/floor/negotiate", "/css/site.css" })
            Assert.Equal((path, System.Net.HttpStatusCode.NotFound), (path, (await h2c.GetAsync(gateway.Floor.AgentUrl + path)).StatusCode));

        using var http = new HttpClient();
        var onPages = await http.PostAsync(gateway.Server.BaseUrl + "/warehouse.station.StationLink/Connect", new ByteArrayContent([]));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, onPages.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(gateway.Server.BaseUrl + "/healthz")).StatusCode);

        using var agent = await gateway.WelcomedAsync(); // and the agents are still served on theirs
    }

    [Fact]
    public async Task A_health_report_for_a_device_the_station_does_not_have_is_ignored()
    {
        await using var hub = await FloorHubClient.ConnectAsync(gateway.Server.BaseUrl, GatewayFloor.ApiKey, AgentFloor.Station);
        using var agent = await gateway.WelcomedAsync();
        // Everything the connection itself announced is heard before this scan's event.
        var settled = NewScanId();
        await agent.ScanAsync(settled, "SETTLED", NextSequence());
        await hub.UntilScanAsync(settled);

        await agent.SendAsync(new AgentMessage { Health = new DeviceHealth { Device = "toaster", Online = false, State = "on-fire", Description = "<script>alert(1)</script>" } });
        await agent.SendAsync(new AgentMessage { Health = new DeviceHealth { Device = "", Online = false, State = "fault" } });
        var ignored = NewScanId();
        await agent.ScanAsync(ignored, "AFTER-UNKNOWN-DEVICE", NextSequence());
        var afterUnknown = await hub.UntilScanAsync(ignored);

        // The same kind of report for a device the station has is heard: the silence above means something.
        await agent.SendAsync(new AgentMessage { Health = new DeviceHealth { Device = "printer", Online = false, State = "paper-out", Description = "paper out" } });
        var known = NewScanId();
        await agent.ScanAsync(known, "AFTER-KNOWN-DEVICE", NextSequence());
        var afterKnown = await hub.UntilScanAsync(known);

        Assert.DoesNotContain(afterUnknown, e => e.Type == "device.changed");
        Assert.Contains(afterKnown, e => e.Type == "device.changed" && e.StationCode == AgentFloor.Station);
    }

    [Fact]
    public async Task A_weight_of_absurd_grams_is_shown_as_a_scale_fault_not_as_a_weight()
    {
        await using var hub = await FloorHubClient.ConnectAsync(gateway.Server.BaseUrl, GatewayFloor.ApiKey, AgentFloor.Station);
        using var agent = await gateway.WelcomedAsync();

        await agent.SendAsync(new AgentMessage { Weight = new Weight { State = Weight.Types.State.Motion, Grams = 1234 } });
        var sane = await NextWeightAsync(hub);
        await agent.SendAsync(new AgentMessage { Weight = new Weight { State = Weight.Types.State.Stable, Grams = int.MaxValue, StableForMs = 5000 } });
        var absurd = await NextWeightAsync(hub);
        await agent.SendAsync(new AgentMessage { Weight = new Weight { State = Weight.Types.State.Motion, Grams = int.MinValue } });
        await agent.SendAsync(new AgentMessage { Weight = new Weight { State = Weight.Types.State.Motion, Grams = 1500 } });
        var shown = new List<System.Text.Json.JsonElement> { await NextWeightAsync(hub) };
        while (shown[^1].GetProperty("grams").GetInt32() != 1500) shown.Add(await NextWeightAsync(hub));

        Assert.Equal((1234, false), (sane.GetProperty("grams").GetInt32(), sane.GetProperty("stable").GetBoolean()));
        Assert.Equal((0, false, "scale.fault"),
            (absurd.GetProperty("grams").GetInt32(), absurd.GetProperty("stable").GetBoolean(), absurd.GetProperty("fault").GetProperty("code").GetString()));
        // The negative one may be overtaken by the next frame (the gateway keeps only the latest), but never shown as grams.
        Assert.All(shown[..^1], e => Assert.Equal((0, "scale.fault"), (e.GetProperty("grams").GetInt32(), e.GetProperty("fault").GetProperty("code").GetString())));
    }

    private static async Task<System.Text.Json.JsonElement> NextWeightAsync(FloorHubClient hub)
    {
        while (true)
        {
            var e = await hub.NextAsync();
            if (e.Type == "weight.read") return e.Data;
        }
    }

    [Fact]
    public async Task A_second_connection_of_the_same_station_replaces_the_first_whose_stream_ends()
    {
        using var first = await gateway.WelcomedAsync();
        using var second = await gateway.WelcomedAsync();

        try
        {
            while (await first.NextAsync() is not null) { }
        }
        catch (RpcException)
        {
            // Ended by the server with a status: ended all the same. (Not ending at all is a TimeoutException.)
        }

        var scanId = NewScanId();
        var ack = await second.ScanAsync(scanId, "ON-THE-NEW-ONE", NextSequence());
        Assert.Equal(scanId, ack.ScanId);
        Assert.True(await gateway.Floor.QueryAsync(db => db.ScanReceipts.AnyAsync(r => r.ScanId == scanId)));
    }
}
