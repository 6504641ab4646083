using Warehouse.Core.Data;
using Warehouse.Core.Picking.Handheld;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Handheld;

/// <summary>Every wrong scan in every state of the walk is refused with why, and changes nothing.</summary>
public sealed class PickHandheld_RefusesWrongScans(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    /// <summary>Two orders on one cart: a mug (plain) and a lot-tracked yoghurt; phones by serial.</summary>
    private static async Task<(HandheldFloor Floor, string Mugs, string Phones)> FloorAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var floor = await HandheldFloor.CreateAsync(fixture, provider);
        var s = floor.Stock;
        await s.ApplyAsync(s.Receive("A-01-02-1", StockFloor.Mug, 5), s.Receive("A-02-02-1", StockFloor.Yoghurt, 4, "L1", new DateOnly(2027, 1, 10)));
        await floor.ReceiveSerialAsync("A-01-01-1", "SN-1");
        await floor.ReceiveSerialAsync("A-01-01-1", "SN-2");
        var mugs = await floor.Picking.OrderAsync((StockFloor.Mug, 1), (StockFloor.Yoghurt, 1));
        var phones = await floor.Picking.OrderAsync((StockFloor.Phone, 2));
        await floor.ReleaseAsync(mugs, phones);
        await floor.ScanAsync(HandheldFloor.Picker);
        return (floor, mugs, phones);
    }

    private static async Task RefusedAsync(HandheldFloor floor, string code, string expected, params string[] args)
    {
        var before = await floor.StateAsync();
        var answer = await floor.ScanAsync(code);
        Assert.True(answer.Outcome == ScanOutcome.Refused, $"{code}: {answer.Message}");
        Assert.Equal(expected, answer.Message.Code);
        for (var i = 0; i < args.Length; i++) Assert.Equal(args[i], answer.Message.Args[i]);
        Assert.Equal(before, await floor.StateAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Before_a_list_only_a_list_is_taken(DatabaseProvider provider)
    {
        var (floor, _, _) = await FloorAsync(fixture, provider);

        await RefusedAsync(floor, HandheldFloor.MugEan, PickCodes.ListFirst);
        await RefusedAsync(floor, "PL-999999", PickCodes.ListUnknown, "PL-999999");
        await RefusedAsync(floor, "A-01-02-1", PickCodes.ListFirst);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_list_another_picker_walks_is_refused_with_who_has_it(DatabaseProvider provider)
    {
        var (floor, _, _) = await FloorAsync(fixture, provider);
        await floor.ScanAsync(HandheldFloor.OtherPicker, HandheldFloor.Hh2);
        await floor.ScanAsync(PickCommands.Next, HandheldFloor.Hh2);

        await RefusedAsync(floor, "PL-000001", PickCodes.ListTaken, "PL-000001", "Jan Picker", HandheldFloor.Hh2);
        await RefusedAsync(floor, PickCommands.Next, PickCodes.NoListWaiting);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task While_totes_are_bound_an_unknown_a_used_or_a_repeated_tote_is_refused(DatabaseProvider provider)
    {
        var (floor, mugs, _) = await FloorAsync(fixture, provider);
        await using (var db = floor.Dbs.CreateDbContext())
        {
            var used = db.Totes.Single(t => t.Barcode == "T-0006");
            (used.State, used.OrderNumber) = (Warehouse.Core.Stock.CarrierState.InUse, "AL-OLD");
            await db.SaveChangesAsync();
        }
        await floor.ScanAsync(PickCommands.Next);

        await RefusedAsync(floor, "T-9999", PickCodes.ToteUnknown, "T-9999", "1");
        await RefusedAsync(floor, "T-0006", PickCodes.ToteInUse, "T-0006", "AL-OLD");
        await RefusedAsync(floor, "A-01-02-1", PickCodes.ToteUnknown);
        await RefusedAsync(floor, PickCommands.ShortMissing, PickCodes.ToteExpected, "1");
        Assert.Equal(PickCodes.ToteBound, (await floor.ScanAsync("t-0001")).Message.Code);
        await RefusedAsync(floor, "T-0001", PickCodes.ToteOnList, "T-0001", "1");
        await RefusedAsync(floor, "PL-000002", PickCodes.ListOpen, "PL-000001");
        Assert.Equal(mugs, (await floor.StateAsync()).Split('\n').Single(l => l.StartsWith("T-0001:", StringComparison.Ordinal)).Split(':')[2]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task At_a_stop_a_wrong_location_an_item_before_the_location_a_wrong_item_a_missing_lot_and_a_wrong_tote_are_refused(DatabaseProvider provider)
    {
        var (floor, _, _) = await FloorAsync(fixture, provider);
        await floor.ScanAsync(PickCommands.Next);
        await floor.ScanAsync("T-0001");
        var ready = await floor.ScanAsync("T-0002");
        var refused = new HashSet<string>();
        var serials = new Queue<string>(["SN-1", "SN-2"]);
        var next = ready.Next;
        while (next.Code != PickCodes.NextList)
        {
            string code;
            switch (next.Code)
            {
                case PickCodes.NextLocation:
                    var elsewhere = StockFloor.Faces.First(f => f != next.Args[0]);
                    await RefusedAsync(floor, elsewhere, PickCodes.WrongLocation, elsewhere, next.Args[0]);
                    await RefusedAsync(floor, HandheldFloor.ItemCode(next.Args[1], "L1", "SN-1"), PickCodes.LocationFirst, next.Args[0]);
                    await RefusedAsync(floor, PickCommands.ShortDamaged, PickCodes.LocationFirst, next.Args[0]);
                    refused.UnionWith([PickCodes.WrongLocation, PickCodes.LocationFirst]);
                    code = next.Args[0];
                    break;
                case PickCodes.NextPut:
                    var other = next.Args[0] == "T-0001" ? "T-0002" : "T-0001";
                    await RefusedAsync(floor, other, PickCodes.WrongTote, other, next.Args[0], next.Args[1]);
                    await RefusedAsync(floor, HandheldFloor.MugEan, PickCodes.WrongTote);
                    refused.Add(PickCodes.WrongTote);
                    code = next.Args[0];
                    break;
                default:
                    var sku = next.Args[0];
                    var wrong = sku == StockFloor.Mug ? HandheldFloor.ItemCode(StockFloor.Yoghurt, "L1") : HandheldFloor.MugEan;
                    await RefusedAsync(floor, wrong, PickCodes.WrongItem);
                    refused.Add(PickCodes.WrongItem);
                    if (sku == StockFloor.Yoghurt)
                    {
                        await RefusedAsync(floor, HandheldFloor.YoghurtEan, PickCodes.LotRequired, "Jogurt");
                        await RefusedAsync(floor, "(01)0" + HandheldFloor.YoghurtEan + "(17)270110", PickCodes.LotRequired);
                        refused.Add(PickCodes.LotRequired);
                    }
                    if (sku == StockFloor.Phone)
                    {
                        await RefusedAsync(floor, HandheldFloor.PhoneEan, PickCodes.SerialRequired, "Telefon");
                        await RefusedAsync(floor, HandheldFloor.ItemCode(StockFloor.Phone, serial: "SN-404"), PickCodes.SerialUnknown, "SN-404", StockFloor.Phone);
                        if (serials.Count == 1)
                        {
                            await RefusedAsync(floor, HandheldFloor.ItemCode(StockFloor.Phone, serial: "SN-1"), PickCodes.SerialPicked, "SN-1");
                            refused.Add(PickCodes.SerialPicked);
                        }
                        refused.UnionWith([PickCodes.SerialRequired, PickCodes.SerialUnknown]);
                    }
                    code = HandheldFloor.ItemCode(sku, next.Code == PickCodes.NextItemLot ? next.Args[4] : null, sku == StockFloor.Phone ? serials.Dequeue() : null);
                    break;
            }
            var answer = await floor.ScanAsync(code);
            Assert.True(answer.Accepted, $"{code}: {answer.Message}");
            next = answer.Next;
        }

        Assert.Equal(
            new[] { PickCodes.LocationFirst, PickCodes.LotRequired, PickCodes.SerialPicked, PickCodes.SerialRequired, PickCodes.SerialUnknown,
                PickCodes.WrongItem, PickCodes.WrongLocation, PickCodes.WrongTote },
            refused.Order(StringComparer.Ordinal));
    }
}
