using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Packing;
using Warehouse.Core.Tests.Support;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Packing;

public sealed class PackingStation_Gs1Scans(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const char Gs = '\u001d';

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_GS1_DataMatrix_on_an_item_counts_by_its_GTIN(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1" }) await floor.ScanAsync(code);

        var withBatch = await floor.ScanAsync($"]d201{"0" + TestFloor.BalmEan}10LOT-7{Gs}21SER1");
        var bracket = await floor.ScanAsync($"(01)0{TestFloor.MugEan}(10)A1");

        Assert.Equal(Codes.ItemCounted, withBatch.Message.Code);
        Assert.Equal(Codes.ItemCounted, bracket.Message.Code);
        Assert.Equal(2, (await floor.Board.LoadAsync("PACK-01"))!.Scanned);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_scanned_parcel_label_SSCC_is_recognised_at_any_station(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-3", TestFloor.MugEan }) await floor.ScanAsync(code);
        await floor.WeighAsync(450);
        await floor.CarriersAnswerAsync();
        var parcel = await floor.QueryAsync(db => db.Parcels.SingleAsync());
        await floor.ScanAsync(TestFloor.OtherPackerBadge, station: "PACK-02");

        var result = await floor.ScanAsync("]C100" + parcel.Sscc, station: "PACK-02");

        Assert.Equal((ScanOutcome.Accepted, Codes.ParcelIdentified), (result.Outcome, result.Message.Code));
        Assert.Equal([parcel.Sscc, "WS-3", parcel.TrackingNumber!], result.Message.Args);
    }

    [Theory]
    [InlineData("]C100359012345000000014", Codes.Gs1Invalid)]   // bad SSCC check digit
    [InlineData("]C1999", Codes.Gs1Invalid)]                    // unknown AI
    [InlineData("]C110ABC", Codes.Gs1NotUsedHere)]              // a batch alone names nothing here
    [InlineData("]C100359012345000000013", StationCodes.ScanUnknown)]  // valid, but not one of our parcels
    public async Task GS1_data_that_is_broken_or_means_nothing_here_is_refused_with_why(string code, string expected)
    {
        var floor = await TestFloor.CreateAsync(fixture, DatabaseProvider.Sqlite);
        await floor.ScanAsync(TestFloor.PackerBadge);
        var result = await floor.ScanAsync(code);
        Assert.Equal((ScanOutcome.Refused, expected), (result.Outcome, result.Message.Code));
    }
}
