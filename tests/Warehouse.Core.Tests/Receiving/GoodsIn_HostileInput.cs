using Warehouse.Core.Data;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Receiving;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Receiving;

/// <summary>Whatever a goods-in desk is sent, in whatever state, is answered with a refusal and changes nothing.</summary>
public sealed class GoodsIn_HostileInput(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    public static TheoryData<DatabaseProvider, string, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, new string('7', 4096), StationCodes.ScanTooLong);
            data.Add(provider, "DEL-\u0000-1", StationCodes.ScanControlCharacters);
            data.Add(provider, "<script>alert(1)</script>", StationCodes.ScanUnknown);
            data.Add(provider, "DEL-<script>", StationCodes.ScanUnknown);
            data.Add(provider, "DEL-" + new string('9', 60), StationCodes.ScanUnknown);
            data.Add(provider, "DEL-NOBODY-SENT", ReceivingCodes.UnitsInHand); // units in hand first, whatever the number
            data.Add(provider, "'; DROP TABLE Deliveries; --", StationCodes.ScanUnknown);
            data.Add(provider, "(01)05901234000018(10)L1", PickCodes.Gs1Invalid);
            data.Add(provider, "5901234123458", PickCodes.BadCheckDigit);
            data.Add(provider, "(10)L1(21)X", PickCodes.Gs1NoItem);
            data.Add(provider, "CMD:RECEIPT:EVERYTHING", StationCodes.ScanUnknown);
            data.Add(provider, "A-99-01-1", ReceivingCodes.LocationUnknown);
        }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task With_units_in_hand_bad_input_is_refused_without_a_crash_and_nothing_changes(DatabaseProvider provider, string code, string expected)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver, GoodsInFloor.Delivery, GoodsInFloor.MugEan);
        var before = await floor.StateAsync();

        var answer = await floor.ScanAsync(code);

        Assert.Equal((ScanOutcome.Refused, expected), (answer.Outcome, answer.Message.Code));
        Assert.Equal(ReceivingCodes.NextLocation, answer.Next.Code);
        Assert.Equal(before, await floor.StateAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Before_a_delivery_and_in_put_back_mode_bad_input_is_refused_too(DatabaseProvider provider)
    {
        var floor = await GoodsInFloor.CreateAsync(fixture, provider);
        await floor.ScanAllAsync(GoodsInFloor.Receiver);
        string[] hostile = ["<script>alert(1)</script>", "^XZ", "DEL-", "A-01-01-1", GoodsInFloor.MugEan, "T-" + new string('9', 200), "T-0001"];
        var before = await floor.StateAsync();

        foreach (var code in hostile) Assert.Equal(ScanOutcome.Refused, (await floor.ScanAsync(code)).Outcome);
        Assert.Equal(before, await floor.StateAsync());
    }
}
