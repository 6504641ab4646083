using Warehouse.Core.Data;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Handheld;

/// <summary>Whatever a handheld sends, in whatever state, is answered with a refusal and changes nothing.</summary>
public sealed class PickHandheld_HostileInput(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    public static TheoryData<DatabaseProvider, string, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, new string('7', 4096), StationCodes.ScanTooLong);
            data.Add(provider, "A-01\u0000-02-1", StationCodes.ScanControlCharacters);
            data.Add(provider, "T-0001\u001b[2J", StationCodes.ScanControlCharacters);
            data.Add(provider, "^XA^FO50,50^FDx^FS^XZ", StationCodes.ScanUnknown);
            data.Add(provider, "<script>alert(1)</script>", StationCodes.ScanUnknown);
            data.Add(provider, "(01)05901234000018(10)L1", PickCodes.Gs1Invalid);
            data.Add(provider, "5901234123458", PickCodes.BadCheckDigit);
            data.Add(provider, "(10)L1(21)X", PickCodes.Gs1NoItem);
            data.Add(provider, "01059012340000171" + new string('L', 30), PickCodes.Gs1Invalid);
            data.Add(provider, "PL-0000000000000001", StationCodes.ScanUnknown);
            data.Add(provider, "PL-000002", PickCodes.ListOpen);
            data.Add(provider, "CMD:PICK:EVERYTHING", StationCodes.ScanUnknown);
        }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task At_an_item_scan_bad_input_is_refused_without_a_crash_and_nothing_changes(DatabaseProvider provider, string code, string expected)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        await floor.Stock.ApplyAsync(floor.Stock.Receive("A-02-02-1", StockFloor.Yoghurt, 2, "L1", new DateOnly(2027, 1, 10)));
        await floor.ReleaseAsync(await floor.Picking.OrderAsync((StockFloor.Yoghurt, 1)));
        foreach (var step in new[] { HandheldFloor.Picker, PickCommands.Next, "T-0001", "A-02-02-1" }) await floor.ScanAsync(step);
        var before = await floor.StateAsync();

        var answer = await floor.ScanAsync(code);

        Assert.Equal((ScanOutcome.Refused, expected), (answer.Outcome, answer.Message.Code));
        Assert.Equal(PickCodes.NextItemLot, answer.Next.Code);
        Assert.Equal(before, await floor.StateAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bad_input_before_a_list_and_at_a_tote_is_refused_too(DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        await floor.Stock.ApplyAsync(floor.Stock.Receive("A-01-02-1", StockFloor.Mug, 2));
        await floor.ReleaseAsync(await floor.Picking.OrderAsync((StockFloor.Mug, 1)));
        await floor.ScanAsync(HandheldFloor.Picker);
        string[] hostile = ["<script>alert(1)</script>", "^XZ", "PL-", "PL-abc", "'; DROP TABLE PickLists; --", "T-" + new string('9', 200)];

        foreach (var code in hostile) Assert.Equal(ScanOutcome.Refused, (await floor.ScanAsync(code)).Outcome);
        await floor.ScanAsync(PickCommands.Next);
        var before = await floor.StateAsync();
        foreach (var code in hostile) Assert.Equal(ScanOutcome.Refused, (await floor.ScanAsync(code)).Outcome);
        Assert.Equal(before, await floor.StateAsync());
    }
}
