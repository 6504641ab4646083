using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Stations;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Stations;

/// <summary>
/// A badge is a barcode anyone can print or type: an approval takes the supervisor's badge and then
/// their PIN on the station's screen. Wrong PINs slow the next try; the digits are never stored.
/// </summary>
public sealed class StationApprovals_BadgeAndPin(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private async Task<TestFloor> ShortPackWaitingAsync(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan, TestFloor.BalmEan }) await floor.ScanAsync(code);
        Assert.Equal(Codes.ShortRequested, (await floor.ScanAsync(CommandCodes.ShortMissing)).Message.Code);
        return floor;
    }

    private static Task<bool> ShortApprovedAsync(TestFloor floor) =>
        floor.QueryAsync(db => db.PackingSessions.AnyAsync(s => s.ShortApprovedBy != null));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_badge_asks_for_the_pin_and_only_the_pin_approves(DatabaseProvider provider)
    {
        var floor = await ShortPackWaitingAsync(provider);

        var badge = await floor.ScanAsync(TestFloor.SupervisorBadge);
        var approvedAfterBadge = await ShortApprovedAsync(floor);
        var item = await floor.ScanAsync(TestFloor.BalmEan);
        var pin = await floor.PinAsync(TestFloor.SupervisorPin);

        Assert.Equal((ScanOutcome.Accepted, StationCodes.PinAsked, StationCodes.NextSupervisorPin), (badge.Outcome, badge.Message.Code, badge.Next.Code));
        Assert.False(approvedAfterBadge);
        Assert.Equal(StationCodes.AwaitingSupervisor, item.Message.Code);
        Assert.Equal(Codes.ShortApproved, pin.Message.Code);
        Assert.True(await ShortApprovedAsync(floor));
        Assert.Null(await floor.QueryAsync(db => db.Stations.Where(s => s.Code == "PACK-01").Select(s => s.ApproverId).SingleAsync()));
        var approval = await floor.QueryAsync(db => db.AuditEvents.OrderBy(a => a.Id).LastAsync(a => a.MessageCode == Codes.ShortApproved));
        Assert.Equal("PIN", approval.Scanned);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_digits_are_kept_nowhere(DatabaseProvider provider)
    {
        var floor = await ShortPackWaitingAsync(provider);
        await floor.ScanAsync(TestFloor.SupervisorBadge);
        await floor.PinAsync("9999");
        await floor.PinAsync(TestFloor.SupervisorPin);

        var audit = await floor.QueryAsync(db => db.AuditEvents.Select(a => (a.Scanned ?? "") + "|" + (a.MessageArgs ?? "")).ToListAsync());
        var receipts = await floor.QueryAsync(db => db.ScanReceipts.Select(r => r.MessageArgs ?? "").ToListAsync());
        var lastScans = await floor.QueryAsync(db => db.Stations.Select(s => s.LastScanCode ?? "").ToListAsync());
        foreach (var text in audit.Concat(receipts).Concat(lastScans))
        {
            Assert.DoesNotContain("9999", text);
            Assert.DoesNotContain(TestFloor.SupervisorPin, text);
        }
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_wrong_pin_is_refused_and_the_order_still_waits(DatabaseProvider provider)
    {
        var floor = await ShortPackWaitingAsync(provider);
        await floor.ScanAsync(TestFloor.SupervisorBadge);

        var wrong = await floor.PinAsync("0000");
        var right = await floor.PinAsync(TestFloor.SupervisorPin);

        Assert.Equal((ScanOutcome.Refused, StationCodes.WrongPin, StationCodes.NextSupervisorPin), (wrong.Outcome, wrong.Message.Code, wrong.Next.Code));
        Assert.Equal(Codes.ShortApproved, right.Message.Code);
        Assert.Equal(0, await floor.QueryAsync(db => db.Operators.Where(o => o.Badge == TestFloor.SupervisorBadge).Select(o => o.PinFailures).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Guessing_slows_down_but_never_locks_the_supervisor_out(DatabaseProvider provider)
    {
        var floor = await ShortPackWaitingAsync(provider);
        await floor.ScanAsync(TestFloor.SupervisorBadge);

        for (var i = 0; i < 5; i++) Assert.Equal(StationCodes.WrongPin, (await floor.PinAsync($"000{i}")).Message.Code);
        var rightButTooSoon = await floor.PinAsync(TestFloor.SupervisorPin);
        floor.Clock.Advance(TimeSpan.FromMinutes(1));
        var rightAfterTheWait = await floor.PinAsync(TestFloor.SupervisorPin);

        Assert.Equal((ScanOutcome.Refused, StationCodes.PinWait, "1"), (rightButTooSoon.Outcome, rightButTooSoon.Message.Code, rightButTooSoon.Message.Args[1]));
        Assert.Equal(Codes.ShortApproved, rightAfterTheWait.Message.Code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_resent_pin_counts_once(DatabaseProvider provider)
    {
        var floor = await ShortPackWaitingAsync(provider);
        await floor.ScanAsync(TestFloor.SupervisorBadge);

        for (var i = 0; i < 6; i++) await floor.PinAsync("0000", scanId: "pin-retry-1");

        Assert.Equal(1, await floor.QueryAsync(db => db.Operators.Where(o => o.Badge == TestFloor.SupervisorBadge).Select(o => o.PinFailures).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(HostilePins))]
    public async Task A_pin_that_is_not_4_to_8_digits_is_refused_uncounted(DatabaseProvider provider, string pin)
    {
        var floor = await ShortPackWaitingAsync(provider);
        await floor.ScanAsync(TestFloor.SupervisorBadge);

        var answer = await floor.PinAsync(pin);

        Assert.Equal((ScanOutcome.Refused, StationCodes.PinMalformed), (answer.Outcome, answer.Message.Code));
        Assert.Equal(0, await floor.QueryAsync(db => db.Operators.Where(o => o.Badge == TestFloor.SupervisorBadge).Select(o => o.PinFailures).SingleAsync()));
        Assert.False(await ShortApprovedAsync(floor));
    }

    public static TheoryData<DatabaseProvider, string> HostilePins() => new()
    {
        { DatabaseProvider.Sqlite, "" },
        { DatabaseProvider.Sqlite, "12a4" },
        { DatabaseProvider.Sqlite, "123" },
        { DatabaseProvider.Sqlite, new string('1', 10_000) },
        { DatabaseProvider.Postgres, "1234\u0000" },
        { DatabaseProvider.Postgres, "' OR 1=1 --" },
        { DatabaseProvider.Postgres, "١٢٣٤" },
    };

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_pin_needs_the_badge_first_and_something_to_approve(DatabaseProvider provider)
    {
        var floor = await TestFloor.CreateAsync(fixture, provider);
        foreach (var code in new[] { TestFloor.PackerBadge, "WS-1", TestFloor.MugEan }) await floor.ScanAsync(code);
        var nothing = await floor.PinAsync(TestFloor.SupervisorPin);
        await floor.ScanAsync(TestFloor.BalmEan);
        await floor.ScanAsync(CommandCodes.ShortMissing);
        var noBadge = await floor.PinAsync(TestFloor.SupervisorPin);
        await floor.ScanAsync(TestFloor.SupervisorBadge);
        floor.Clock.Advance(StationApprovalsPrompt + TimeSpan.FromSeconds(1));
        var stale = await floor.PinAsync(TestFloor.SupervisorPin);

        Assert.Equal(StationCodes.NothingToApprove, nothing.Message.Code);
        Assert.Equal(StationCodes.BadgeFirst, noBadge.Message.Code);
        Assert.Equal((StationCodes.BadgeFirst, Codes.NextSupervisorBadge), (stale.Message.Code, stale.Next.Code));
        Assert.False(await ShortApprovedAsync(floor));
    }

    private static readonly TimeSpan StationApprovalsPrompt = TimeSpan.FromMinutes(5);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Undo_ends_the_pin_prompt_with_the_request(DatabaseProvider provider)
    {
        var floor = await ShortPackWaitingAsync(provider);
        await floor.ScanAsync(TestFloor.SupervisorBadge);

        var undo = await floor.ScanAsync(CommandCodes.Undo);
        var pin = await floor.PinAsync(TestFloor.SupervisorPin);

        Assert.NotEqual(StationCodes.NextSupervisorPin, undo.Next.Code);
        Assert.Equal(StationCodes.NothingToApprove, pin.Message.Code);
        Assert.Null(await floor.QueryAsync(db => db.Stations.Where(s => s.Code == "PACK-01").Select(s => s.ApproverId).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_supervisor_without_a_pin_is_told_how_to_get_one(DatabaseProvider provider)
    {
        var floor = await ShortPackWaitingAsync(provider);
        await floor.QueryAsync(db => db.Operators.Where(o => o.Badge == TestFloor.SupervisorBadge).ExecuteUpdateAsync(o => o.SetProperty(x => x.PinHash, (string?)null)));

        var badge = await floor.ScanAsync(TestFloor.SupervisorBadge);

        Assert.Equal((ScanOutcome.Refused, StationCodes.NoPin), (badge.Outcome, badge.Message.Code));
    }
}
