using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Data;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;
using Warehouse.Core.Tests.Returns;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// A return label asked of a carrier that cannot find returns (live GLS: ADE has no search of its ShopReturn returns,
/// docs/shipping.md; the stand-in <see cref="GlsLoopback"/> and its sources are cited there) is asked once: the return
/// keeps that it was asked, so neither the customer looking again, a restart, nor two page loads at once make a second
/// GLS return; a refusal or a supervisor's clear lets it be asked again. On both databases.
/// </summary>
public sealed class ReturnLabels_AskedOnce(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly GlsLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    private int Asked => _gls.Count(GlsProtocol.ReturnCreate);

    private async Task<(ReturnFloor Floor, string Number)> DeclaredForGlsAsync(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider, new ReturnRoutesOptions { ParcelPoint = new() { Carrier = CarrierCodes.Gls, Service = GlsSandbox.Courier } });
        return (floor, await floor.DeclaredWithoutLabelAsync(DropOff.ParcelPoint));
    }

    /// <summary>The portal's labels as after a restart: a new carrier directory (no memory of the last call) and a new ReturnLabels.</summary>
    private ReturnLabels Restarted(ReturnFloor floor) => floor.LabelsFrom(_gls.Carriers());

    private static async Task<CustomerReturn> StoredAsync(ReturnFloor floor, string number) =>
        await floor.Floor.QueryAsync(db => db.Returns.AsNoTracking().SingleAsync(r => r.Number == number));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_lost_answer_keeps_the_mark_and_no_second_return_is_asked_for_even_after_a_restart(DatabaseProvider provider)
    {
        var (floor, number) = await DeclaredForGlsAsync(provider);
        (_gls.LostOperation, _gls.DropAfterCreate) = (GlsProtocol.ReturnCreate, true);

        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));
        _gls.DropAfterCreate = false;
        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));
        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));

        var stored = await StoredAsync(floor, number);
        Assert.Equal((ReturnStatus.Declared, (string?)null), (stored.Status, stored.TrackingNumber));
        Assert.NotNull(stored.LabelAskedUtc);
        Assert.Equal((1, 1), (Asked, _gls.ReturnsWithReference(stored.ShipmentReference!)));
        var page = await floor.Portal.OrderAsync(ReturnFloor.OrderNumber, CancellationToken.None);
        Assert.True(page!.Returns[0].LabelAsked);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_see_the_return_asked_without_an_answer_first_with_the_reference_to_look_for(DatabaseProvider provider)
    {
        var (floor, waiting) = await DeclaredForGlsAsync(provider);
        var asked = await floor.DeclaredWithoutLabelAsync(DropOff.ParcelPoint);
        (_gls.LostOperation, _gls.DropAfterCreate) = (GlsProtocol.ReturnCreate, true);
        Assert.False(await Restarted(floor).IssueAsync(asked, CancellationToken.None));

        var list = await new UnlabelledReturns(floor.Floor.Dbs, _gls.Carriers().GetRequiredService<CarrierDirectory>()).ListAsync();

        Assert.Equal([asked, waiting], list.Select(r => r.Number));
        Assert.Equal(((await StoredAsync(floor, asked)).ShipmentReference, "GLS"), (list[0].Reference, list[0].CarrierName));
        Assert.NotNull(list[0].LabelAskedUtc);
        Assert.Null(list[1].LabelAskedUtc);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_garbled_answer_keeps_the_mark_and_is_not_asked_again(DatabaseProvider provider)
    {
        var (floor, number) = await DeclaredForGlsAsync(provider);
        _gls.Override = op => op == GlsProtocol.ReturnCreate
            ? (200, GlsLoopback.Envelope(GlsProtocol.ReturnCreate, "<parcelNumber>' OR 1=1; --</parcelNumber><file>%%%</file>"), "text/xml")
            : null;

        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));
        _gls.Override = null;
        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));

        var stored = await StoredAsync(floor, number);
        Assert.NotNull(stored.LabelAskedUtc);
        Assert.NotNull(stored.LabelProblem);
        Assert.Equal((1, 0), (Asked, _gls.ReturnsWithReference(stored.ShipmentReference!)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_answer_later_than_the_timeout_keeps_the_mark_and_is_not_asked_again(DatabaseProvider provider)
    {
        var (floor, number) = await DeclaredForGlsAsync(provider);
        (_gls.LostOperation, _gls.CreateDelay) = (GlsProtocol.ReturnCreate, SoapStandIn.SlowerThanTheTimeout);

        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));
        _gls.CreateDelay = TimeSpan.Zero;
        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));

        var stored = await StoredAsync(floor, number);
        Assert.NotNull(stored.LabelAskedUtc);
        // GLS made it while we stopped waiting: one return, asked once.
        Assert.Equal((1, 1), (Asked, _gls.ReturnsWithReference(stored.ShipmentReference!)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refusal_clears_the_mark_and_the_next_look_asks_again(DatabaseProvider provider)
    {
        var (floor, number) = await DeclaredForGlsAsync(provider);
        _gls.Override = op => op == GlsProtocol.ReturnCreate
            ? (500, GlsLoopback.Fault("err_cons_srv_srs_sendback_zipcode_is_invalid", "Usługa SRS - Kod pocztowy odsyłającego towar jest nieprawidłowy."), "text/xml")
            : null;

        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));
        var refused = await StoredAsync(floor, number);
        _gls.Override = null;
        Assert.True(await Restarted(floor).IssueAsync(number, CancellationToken.None));

        Assert.Null(refused.LabelAskedUtc);
        Assert.Contains("err_cons_srv_srs_sendback_zipcode_is_invalid", refused.LabelProblem);
        var labelled = await StoredAsync(floor, number);
        Assert.Equal((ReturnStatus.LabelIssued, (string?)null), (labelled.Status, labelled.LabelProblem));
        Assert.Equal((2, 1), (Asked, _gls.ReturnsWithReference(labelled.ShipmentReference!)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Our_account_refused_clears_the_mark_and_the_next_look_asks_again(DatabaseProvider provider)
    {
        var (floor, number) = await DeclaredForGlsAsync(provider);
        _gls.Override = op => op == GlsProtocol.ReturnCreate ? (403, "<html><body>Forbidden</body></html>", "text/html") : null;

        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));
        var refused = await StoredAsync(floor, number);
        _gls.Override = null;
        Assert.True(await Restarted(floor).IssueAsync(number, CancellationToken.None));

        Assert.Null(refused.LabelAskedUtc);
        Assert.Equal(2, Asked);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Page_loads_at_once_ask_GLS_once(DatabaseProvider provider)
    {
        var (floor, number) = await DeclaredForGlsAsync(provider);
        // Slow enough that every load reads the return before the first answer is stored.
        (_gls.LostOperation, _gls.CreateDelay) = (GlsProtocol.ReturnCreate, TimeSpan.FromMilliseconds(700));

        var loads = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => Restarted(floor).IssueAsync(number, CancellationToken.None))));

        Assert.Equal(1, loads.Count(labelled => labelled));
        var stored = await StoredAsync(floor, number);
        Assert.Equal(ReturnStatus.LabelIssued, stored.Status);
        Assert.Equal((1, 1), (Asked, _gls.ReturnsWithReference(stored.ShipmentReference!)));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_supervisor_s_clear_is_audited_and_the_label_is_asked_for_once_more(DatabaseProvider provider)
    {
        var (floor, number) = await DeclaredForGlsAsync(provider);
        (_gls.LostOperation, _gls.DropAfterCreate) = (GlsProtocol.ReturnCreate, true);
        Assert.False(await Restarted(floor).IssueAsync(number, CancellationToken.None));
        _gls.DropAfterCreate = false;
        var supervisor = await floor.Floor.QueryAsync(db => db.Operators.Where(o => o.Badge == TestFloor.SupervisorBadge).Select(o => o.Id).SingleAsync());
        var askAgain = new ReturnLabelAskAgain(floor.Floor.Dbs, floor.Floor.FloorClock);

        Assert.True(await askAgain.ClearAsync(number, supervisor));
        Assert.False(await askAgain.ClearAsync(number, supervisor));
        Assert.True(await Restarted(floor).IssueAsync(number, CancellationToken.None));
        Assert.True(await Restarted(floor).IssueAsync(number, CancellationToken.None));

        Assert.False(await askAgain.ClearAsync(number, supervisor));
        Assert.Equal(2, Asked);
        var audit = await floor.Floor.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Kind == "return.label_ask_cleared"));
        Assert.Equal((supervisor, ReturnFloor.OrderNumber, number), (audit.OperatorId, audit.OrderNumber, audit.Scanned));
        Assert.Equal(1, await floor.Floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "return.label_ask_cleared")));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Nothing_to_clear_on_an_unknown_or_unmarked_return_and_nothing_is_recorded(DatabaseProvider provider)
    {
        var (floor, number) = await DeclaredForGlsAsync(provider);
        var askAgain = new ReturnLabelAskAgain(floor.Floor.Dbs, floor.Floor.FloorClock);

        Assert.False(await askAgain.ClearAsync(number, 1));
        Assert.False(await askAgain.ClearAsync("RMA-<script>", 1));

        Assert.Equal(0, await floor.Floor.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Kind == "return.label_ask_cleared")));
        Assert.Equal(0, await floor.Floor.QueryAsync(db => db.Outbox.CountAsync(f => f.Type == "return.label_ask_cleared")));
    }
}
