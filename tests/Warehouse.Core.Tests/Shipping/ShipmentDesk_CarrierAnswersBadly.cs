using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The live InPost adapter against a ShipX stand-in on a loopback socket (<see cref="ShipXLoopback"/>)
/// that is down, slow, or answers garbage: the parcel waits with a problem the station can word in the
/// packer's language, the carrier's own words kept for the detail line, and when the carrier is well
/// again the parcel gets one shipment and one label.
/// </summary>
public sealed class ShipmentDesk_CarrierAnswersBadly(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly ShipXLoopback _shipx = new();

    public void Dispose() => _shipx.Dispose();

    private static async Task<TestFloor> PackedAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider); // WS-1 goes by InPost Kurier
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan, TestFloor.BalmEan })
            await floor.ScanAsync(code);
        await floor.WeighAsync(490);
        return floor;
    }

    private static ShipmentDesk LiveDesk(TestFloor floor, ShipXLoopback shipx) => LiveDesks.For(floor, shipx.Carriers());

    private static Task<Parcel> ParcelAsync(TestFloor floor) => LiveDesks.OnlyParcelAsync(floor);

    private int ShipmentsAtInPost(string reference) => _shipx.ShipmentsWithReference(reference);

    public static TheoryData<DatabaseProvider, string, int, string, string> Garbage()
    {
        var data = new TheoryData<DatabaseProvider, string, int, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "invalid JSON", 201, "{\"id\": 49, \"status\": created}", "application/json");
            data.Add(provider, "an HTML error page", 502, "<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>", "text/html");
            data.Add(provider, "a cut-off body", 201, "{\"id\": 49, \"status\": \"crea", "application/json");
            data.Add(provider, "an empty body", 201, "", "application/json");
        }
        return data;
    }

    [Theory, MemberData(nameof(Garbage))]
    public async Task Garbage_from_the_carrier_leaves_the_parcel_waiting_with_a_worded_problem_and_one_shipment_follows(
        DatabaseProvider provider, string what, int status, string body, string contentType)
    {
        var floor = await PackedAsync(fixture, provider);
        var desk = LiveDesk(floor, _shipx);
        _shipx.Override = (method, _) => method == "POST" ? (status, body, contentType) : null;

        await desk.PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);
        var board = await floor.Board.LoadAsync("PACK-01");
        _shipx.Override = null;
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);
        var labelled = await ParcelAsync(floor);

        var expected = status >= 500 ? CarrierProblemCodes.ServerError : CarrierProblemCodes.Garbage;
        Assert.True((ParcelStatus.LabelRequested, (string?)expected) == (waiting.Status, waiting.CarrierProblemCode), what);
        Assert.False(waiting.CarrierRefused, what);
        Assert.NotNull(waiting.CarrierProblem); // the carrier's own words, for the detail line
        var row = Assert.Single(board!.RecentParcels);
        Assert.Equal((StationParcel.WaitingForCarrier, expected), (row.PrintStatus, row.CarrierProblemCode));
        Assert.Equal(ParcelStatus.Labelled, labelled.Status);
        Assert.Null(labelled.CarrierProblemCode);
        Assert.Equal(1, ShipmentsAtInPost(labelled.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carrier_slower_than_the_timeout_leaves_the_parcel_waiting_and_its_shipment_is_found_not_made_twice(DatabaseProvider provider)
    {
        var floor = await PackedAsync(fixture, provider);
        var desk = LiveDesk(floor, _shipx);
        _shipx.CreateDelay = ShipXLoopback.SlowerThanTheTimeout;

        await desk.PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);
        _shipx.CreateDelay = TimeSpan.Zero;
        floor.Clock.Advance(desk.BackOff(1));
        await desk.PassAsync(CancellationToken.None);
        var labelled = await ParcelAsync(floor);

        Assert.Equal((ParcelStatus.LabelRequested, (string?)CarrierProblemCodes.Timeout), (waiting.Status, waiting.CarrierProblemCode));
        Assert.Equal(ParcelStatus.Labelled, labelled.Status);
        Assert.Equal(1, _shipx.Count("POST", "/v1/organizations/1/shipments"));
        Assert.Equal(1, ShipmentsAtInPost(labelled.Sscc));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_carrier_that_is_down_leaves_the_parcel_waiting_and_it_is_labelled_once_the_carrier_is_back(DatabaseProvider provider)
    {
        var floor = await PackedAsync(fixture, provider);
        var down = new ShipXLoopback();
        var deskWhileDown = LiveDesk(floor, down);
        down.Dispose(); // nothing listens on its port any more

        await deskWhileDown.PassAsync(CancellationToken.None);
        var waiting = await ParcelAsync(floor);
        floor.Clock.Advance(deskWhileDown.BackOff(1));
        await LiveDesk(floor, _shipx).PassAsync(CancellationToken.None);
        var labelled = await ParcelAsync(floor);

        Assert.Equal((ParcelStatus.LabelRequested, (string?)CarrierProblemCodes.Unreachable), (waiting.Status, waiting.CarrierProblemCode));
        Assert.Contains("could not be reached", waiting.CarrierProblem);
        Assert.Equal(ParcelStatus.Labelled, labelled.Status);
        Assert.Equal(1, ShipmentsAtInPost(labelled.Sscc));
        Assert.Single(await floor.QueryAsync(db => db.PrintJobs.ToListAsync()));
    }
}
