using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Tests.Returns;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The returns portal's labels with live InPost (<see cref="ShipXLoopback"/>) on a real database: a locker
/// return declared while InPost did not answer gets its label and InPost's locker code on the next try, found
/// by its reference and never made twice.
/// </summary>
public sealed class ReturnLabels_InPostLive(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly ShipXLoopback _shipx = new();

    public void Dispose() => _shipx.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_locker_return_whose_answer_was_lost_gets_its_label_and_locker_code_once_on_the_next_try(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var number = await floor.DeclaredWithoutLabelAsync(DropOff.InPostLocker);
        var labels = floor.LabelsFrom(_shipx.Carriers());
        _shipx.DropAfterCreate = true;

        Assert.False(await labels.IssueAsync(number, CancellationToken.None));
        // InPost finds a return by its reference: nothing keeps it from being asked again.
        Assert.Null(await floor.Floor.QueryAsync(db => db.Returns.Select(r => r.LabelAskedUtc).SingleAsync()));
        _shipx.DropAfterCreate = false;
        Assert.True(await labels.IssueAsync(number, CancellationToken.None));

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Equal((ReturnStatus.LabelIssued, (string?)null), (stored.Status, stored.LabelProblem));
        Assert.Matches("^[0-9]{24}$", stored.TrackingNumber);
        Assert.StartsWith("^XA", stored.LabelZpl);
        // The customer types InPost's locker code, not the tracking number, and the portal shows that one.
        Assert.Equal(ShipXLoopback.DropOffCode, stored.DropOffCode);
        var page = await floor.Portal.OrderAsync(ReturnFloor.OrderNumber, CancellationToken.None);
        Assert.Equal((true, ShipXLoopback.DropOffCode), (page!.Returns[0].ShowsCode, page.Returns[0].DropOffCode));
        Assert.Equal(1, _shipx.ShipmentsWithReference(stored.ShipmentReference!));
        var body = JsonNode.Parse(Assert.Single(_shipx.Seen, s => s.Method == "POST").Body)!;
        Assert.Equal("any_point", (string?)body["custom_attributes"]!["sending_method"]);
        Assert.Equal("30-001", (string?)body["sender"]!["address"]!["post_code"]);
        Assert.Equal(floor.Floor.Labels.Sender.Name, (string?)body["receiver"]!["company_name"]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Page_loads_at_once_make_one_InPost_return_and_all_show_its_label(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var number = await floor.DeclaredWithoutLabelAsync(DropOff.InPostLocker);
        var labels = floor.LabelsFrom(_shipx.Carriers());
        // Slow enough that every load would look the return up at InPost before the first one is made.
        _shipx.CreateDelay = TimeSpan.FromMilliseconds(700);

        var loads = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => labels.IssueAsync(number, CancellationToken.None))));

        Assert.All(loads, Assert.True);
        var stored = await floor.Floor.QueryAsync(db => db.Returns.AsNoTracking().SingleAsync());
        Assert.Equal(ReturnStatus.LabelIssued, stored.Status);
        Assert.Equal(1, _shipx.ShipmentsWithReference(stored.ShipmentReference!));
    }
}
