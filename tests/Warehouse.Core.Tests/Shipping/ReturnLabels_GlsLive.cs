using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Carriers.Gls;
using Warehouse.Core.Shipping.Carriers.Gls.Live;
using Warehouse.Core.Tests.Returns;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The returns portal's labels with live GLS (<see cref="GlsLoopback"/>, ADE's ShopReturn) on a real database: the
/// return gets GLS's parcel number, label and shipping code; one whose answer was lost is not asked for a second
/// time: the return keeps that it was asked. The return is handed in at a GLS ParcelShop: <see cref="DropOff.ParcelPoint"/> routed to GLS.
/// </summary>
public sealed class ReturnLabels_GlsLive(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly GlsLoopback _gls = new();

    public void Dispose() => _gls.Dispose();

    /// <summary>A return to a GLS ParcelShop declared while the floor's GLS sandbox was down, its label then asked of live GLS.</summary>
    private async Task<(ReturnFloor Floor, string Number, ReturnLabels Labels)> DeclaredForGlsAsync(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider, new ReturnRoutesOptions { ParcelPoint = new() { Carrier = CarrierCodes.Gls, Service = GlsSandbox.Courier } });
        var number = await floor.DeclaredWithoutLabelAsync(DropOff.ParcelPoint);
        return (floor, number, floor.LabelsFrom(_gls.Carriers()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_return_gets_GLS_parcel_number_label_and_shipping_code_from_the_customer_to_us(DatabaseProvider provider)
    {
        var (floor, number, labels) = await DeclaredForGlsAsync(provider);

        Assert.True(await labels.IssueAsync(number, CancellationToken.None));

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Equal((ReturnStatus.LabelIssued, (string?)null), (stored.Status, stored.LabelProblem));
        Assert.Matches("^[0-9]{12}$", stored.TrackingNumber);
        Assert.StartsWith("^XA", stored.LabelZpl);
        Assert.Equal(GlsLoopback.ShippingCodeOf(stored.TrackingNumber!), stored.DropOffCode);
        Assert.Equal(1, _gls.Count(GlsProtocol.ReturnCreate));
        var quick = _gls.Sent(GlsProtocol.ReturnCreate).Element("return")!;
        Assert.Equal(stored.ShipmentReference, (string?)quick.Element("references"));
        Assert.Equal(floor.Floor.Labels.Sender.Name, (string?)quick.Element("rname1"));
        Assert.Equal("30001", (string?)quick.Element("szipcode"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_return_whose_answer_was_lost_is_asked_for_once_and_keeps_that_it_was_asked(DatabaseProvider provider)
    {
        var (floor, number, labels) = await DeclaredForGlsAsync(provider);
        (_gls.LostOperation, _gls.DropAfterCreate) = (GlsProtocol.ReturnCreate, true);

        Assert.False(await labels.IssueAsync(number, CancellationToken.None));
        _gls.DropAfterCreate = false;
        // The customer looks again: the portal asks again, and GLS is not asked for a second return
        // (more in ReturnLabels_AskedOnce: a restart, a refusal, a supervisor's clear, page loads at once).
        Assert.False(await labels.IssueAsync(number, CancellationToken.None));

        await using var db = floor.Floor.Dbs.CreateDbContext();
        var stored = await db.Returns.AsNoTracking().SingleAsync();
        Assert.Null(stored.TrackingNumber);
        Assert.NotNull(stored.LabelAskedUtc);
        Assert.True(stored.LabelMayExist);
        Assert.Equal((1, 1), (_gls.Count(GlsProtocol.ReturnCreate), _gls.ReturnsWithReference(stored.ShipmentReference!)));
    }
}
