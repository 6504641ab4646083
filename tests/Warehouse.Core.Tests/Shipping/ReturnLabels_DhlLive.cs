using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Returns;
using Warehouse.Core.Shipping.Carriers.Dhl.Live;
using Warehouse.Core.Tests.Returns;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>
/// The returns portal's labels with live DHL (<see cref="DhlLoopback"/>) on a real database: a return declared
/// while the carrier did not answer gets DHL's return label on the next try, found by its reference after DHL's
/// answer was lost and never made twice. The return is handed in at a DHL POP: the default route of <see cref="DropOff.ParcelPoint"/>.
/// </summary>
public sealed class ReturnLabels_DhlLive(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly DhlLoopback _dhl = new();

    public void Dispose() => _dhl.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_return_whose_answer_was_lost_gets_its_DHL_label_once_on_the_next_try(DatabaseProvider provider)
    {
        var floor = await ReturnFloor.CreateAsync(fixture, provider);
        var number = await floor.DeclaredWithoutLabelAsync(DropOff.ParcelPoint);
        var labels = floor.LabelsFrom(_dhl.Carriers());
        _dhl.Creating = DhlProtocol.CreateShipmentReturn;
        _dhl.DropAfterCreate = true;

        Assert.False(await labels.IssueAsync(number, CancellationToken.None));
        _dhl.DropAfterCreate = false;
        Assert.True(await labels.IssueAsync(number, CancellationToken.None));

        await using var read = floor.Floor.Dbs.CreateDbContext();
        var stored = await read.Returns.AsNoTracking().SingleAsync();
        Assert.Equal((ReturnStatus.LabelIssued, (string?)null), (stored.Status, stored.LabelProblem));
        Assert.Matches("^[0-9]{11}$", stored.TrackingNumber);
        Assert.StartsWith("^XA", stored.LabelZpl);
        Assert.Null(stored.DropOffCode); // the customer hands in the printed label: no code to show
        var page = await floor.Portal.OrderAsync(ReturnFloor.OrderNumber, CancellationToken.None);
        Assert.Equal((true, false), (page!.Returns[0].HasZpl, page.Returns[0].ShowsCode));
        Assert.Equal(1, _dhl.ShipmentsWithReference(stored.ShipmentReference!));
        Assert.Equal(1, _dhl.Count(DhlProtocol.CreateShipmentReturn));
        var sent = XDocument.Parse(Assert.Single(_dhl.Seen, s => s.Operation == DhlProtocol.CreateShipmentReturn).Envelope)
            .Descendants().First(e => e.Name.LocalName == "ship");
        Assert.Equal("30001", sent.Element("shipper")!.Element("address")!.Element("postalCode")!.Value);
        Assert.Equal(floor.Floor.Labels.Sender.Name, sent.Element("receiver")!.Element("address")!.Element("name")!.Value);
    }
}
