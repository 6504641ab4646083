using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Stock;

public sealed class StockTakeImport_AllOrNothing(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Header = "location,sku,quantity,lot,expiry,status,serial\n";
    private const string GoodLine = "A-01-01-1,KUB-0001,12,,,,\n";

    private static StockTakeImport Import(StockFloor floor) => new(floor.Dbs,
        new FloorClock(new ManualClock(new DateTimeOffset(StockFloor.At)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_good_file_becomes_stock_take_moves_and_opens_its_locations_for_picking(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);
        var csv = Header + GoodLine
            + "A-02-03-1,JOG-0001,5,L-2611/01,2027-01-31,,\n"
            + "\"A-02-03-1\",JOG-0001,2,L-2611/01,2027-01-31,damaged,\r\n"
            + "A-01-02-1,TEL-0001,1,,,available,SN-1\n"
            + "A-01-02-1,TEL-0001,1,,,,SN-2\n\n";

        var outcome = await Import(floor).ImportAsync(csv);

        Assert.Equal(new StockTakeOutcome.Imported("stock-take 2026-12-02 08:00:00Z", 5, 21, 3), outcome);
        Assert.Equal(await floor.LedgerSumsAsync(), await floor.OnHandAsync());
        Assert.Equal(4, (await floor.BalancesAsync()).Count);
        var blocked = await floor.Dbs.CreateDbContext().Locations.SingleAsync(l => l.Code == StockFloor.Blocked);
        Assert.False(blocked.BlockedForPicking);
        Assert.Equal(2, await floor.Dbs.CreateDbContext().StockSerials.CountAsync());
        Assert.Equal(["stock.counted"], await floor.Dbs.CreateDbContext().Outbox.Select(f => f.Type).ToListAsync());
    }

    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        { "unknown location", GoodLine + "A-09-01-1,KUB-0001,1,,,,\n", 3, "location" },
        { "not a location code", GoodLine + "A-1-1-1,KUB-0001,1,,,,\n", 3, "location" },
        { "unknown SKU", GoodLine + "A-01-02-1,NIE-0001,1,,,,\n", 3, "sku" },
        { "zero quantity", GoodLine + "A-01-02-1,KUB-0001,0,,,,\n", 3, "quantity" },
        { "negative quantity", GoodLine + "A-01-02-1,KUB-0001,-3,,,,\n", 3, "quantity" },
        { "signed quantity", GoodLine + "A-01-02-1,KUB-0001,+3,,,,\n", 3, "quantity" },
        { "fractional quantity", GoodLine + "A-01-02-1,KUB-0001,1.5,,,,\n", 3, "quantity" },
        { "huge quantity", GoodLine + "A-01-02-1,KUB-0001,99999999,,,,\n", 3, "quantity" },
        { "expiry not a date", GoodLine + "A-01-02-1,JOG-0001,1,L1,jutro,,\n", 3, "expiry" },
        { "expiry on the 13th month", GoodLine + "A-01-02-1,JOG-0001,1,L1,2027-13-01,,\n", 3, "expiry" },
        { "lot missing", GoodLine + "A-01-02-1,JOG-0001,1,,2027-01-31,,\n", 3, "lot" },
        { "lot where none is kept", GoodLine + "A-01-02-1,KUB-0001,1,L1,,,\n", 3, "lot" },
        { "unknown status", GoodLine + "A-01-02-1,KUB-0001,1,,,broken,\n", 3, "status" },
        { "serial missing", GoodLine + "A-01-02-1,TEL-0001,1,,,,\n", 3, "serial" },
        { "several units on one serial", GoodLine + "A-01-02-1,TEL-0001,2,,,,SN-1\n", 3, "quantity" },
        { "duplicate serial", GoodLine + "A-01-02-1,TEL-0001,1,,,,SN-1\nA-02-01-1,TEL-0001,1,,,,SN-1\n", 4, "serial" },
        { "the same stock twice", GoodLine + "A-01-01-1,KUB-0001,3,,,,\n", 3, "" },
        { "a formula", GoodLine + "A-01-02-1,JOG-0001,1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",2027-01-31,,\n", 3, "lot" },
        { "a formula starting with @", GoodLine + "A-01-02-1,KUB-0001,1,,,@SUM(A1),\n", 3, "status" },
        { "a tab", GoodLine + "A-01-02-1,JOG-0001,1,L1\t,2027-01-31,,\n", 3, "lot" },
        { "a right-to-left override", GoodLine + "A-01-02-1,JOG-0001,1,L1\u202E,2027-01-31,,\n", 3, "lot" },
        { "a line break in a quoted cell", GoodLine + "A-01-02-1,JOG-0001,1,\"L\n1\",2027-01-31,,\n", 3, "lot" },
        { "a NUL", GoodLine + "A-01-02-1,KUB\0-0001,1,,,,\n", 3, "sku" },
        { "too few cells", GoodLine + "A-01-02-1,KUB-0001,1\n", 3, "" },
        { "an unclosed quote", GoodLine + "A-01-02-1,\"KUB-0001,1,,,,\n", 3, "" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public async Task A_bad_line_is_reported_by_line_and_column_and_nothing_is_stored_on_sqlite(string what, string lines, int line, string column) =>
        await RefusedAsync(DatabaseProvider.Sqlite, what, lines, line, column);

    [Theory, MemberData(nameof(BadFiles))]
    public async Task A_bad_line_is_reported_by_line_and_column_and_nothing_is_stored_on_postgres(string what, string lines, int line, string column) =>
        await RefusedAsync(DatabaseProvider.Postgres, what, lines, line, column);

    private async Task RefusedAsync(DatabaseProvider provider, string what, string lines, int line, string column)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);

        var outcome = await Import(floor).ImportAsync(Header + lines);

        var invalid = Assert.IsType<StockTakeOutcome.Invalid>(outcome);
        Assert.True(invalid.Problems.Any(p => p.Line == line && p.Column == column), $"{what}: {string.Join("; ", invalid.Problems)}");
        Assert.All(invalid.Problems, p => Assert.DoesNotContain(p.Message, c => char.IsControl(c) || c == '\u202E'));
        Assert.Empty(await floor.BalancesAsync());
        Assert.Empty(await floor.LedgerSumsAsync());
        Assert.False(await floor.Dbs.CreateDbContext().Outbox.AnyAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("location,sku,quantity\nA-01-01-1,KUB-0001,1\n")]
    [InlineData("location,sku,quantity,lot,expiry,status\n")]
    [InlineData("=cmd|' /C calc'!A0,sku,quantity,lot,expiry,status\n")]
    public void A_file_without_its_header_or_lines_is_refused_at_line_1(string csv)
    {
        var (_, problems) = StockTakeCsv.Read(csv);
        Assert.Contains(problems, p => p.Line == 1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_location_already_counted_and_a_serial_already_in_stock_are_refused(DatabaseProvider provider)
    {
        var floor = await StockFloor.CreateAsync(fixture, provider);
        Assert.IsType<StockTakeOutcome.Imported>(await Import(floor).ImportAsync(Header + GoodLine + "A-01-02-1,TEL-0001,1,,,,SN-1\n"));

        var outcome = await Import(floor).ImportAsync(Header + "A-01-01-1,KUB-0001,1,,,,\nA-02-01-1,TEL-0001,1,,,,SN-1\n");

        var invalid = Assert.IsType<StockTakeOutcome.Invalid>(outcome);
        Assert.Equal([(2, "location"), (3, "serial")], invalid.Problems.Select(p => (p.Line, p.Column)));
        Assert.Equal(13, (await floor.BalancesAsync()).Sum(b => b.OnHand));
    }
}
