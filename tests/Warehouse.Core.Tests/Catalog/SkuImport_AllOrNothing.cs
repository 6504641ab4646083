using System.Text;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Catalog.Import;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Catalog;

public sealed class SkuImport_AllOrNothing(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Header = "sku;name;gtin;weight_kg;length_cm;width_cm;height_cm\n";

    private static FloorClock Clock => new(new ManualClock(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));

    private async Task<WarehouseDbFactory> NewAsync(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using var db = dbs.CreateDbContext();
        db.Skus.Add(new Sku { Code = "KUB-0001", Name = "Kubek stary", Gtin = "05901234123457", WeightGrams = 300, Size = new(100, 100, 100) });
        db.Skus.Add(new Sku { Code = "TAL-0001", Name = "Talerz", Gtin = "00000000000017", WeightGrams = 500, Size = new(250, 250, 30) });
        await db.SaveChangesAsync();
        return dbs;
    }

    private static IReadOnlyList<SkuRow> Rows(string csv)
    {
        var file = SkuCsv.Read(Encoding.UTF8.GetBytes(Header + csv));
        Assert.Empty(file.Problems);
        return file.Rows;
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task New_SKUs_are_created_known_ones_updated_and_the_same_file_again_changes_nothing(DatabaseProvider provider)
    {
        var dbs = await NewAsync(provider);
        var import = new SkuImport(dbs, Clock);
        var rows = Rows("KUB-0001;Kubek nowy;5901234123457;0,35;12;9;10\nSZK-0001;Szklanka;;0,2;8;8;12\n");
        var reported = new List<int>();

        var first = await import.ImportAsync(rows, "upload", new SyncProgress(reported.Add));
        var again = await import.ImportAsync(rows, "upload");

        Assert.Equal(new SkuImportOutcome.Imported(1, 1, 0), first);
        Assert.Equal(new SkuImportOutcome.Imported(0, 0, 2), again);
        Assert.Equal([2], reported);
        await using var db = dbs.CreateDbContext();
        Assert.Equal(("Kubek nowy", 350), await db.Skus.Where(s => s.Code == "KUB-0001").Select(s => new ValueTuple<string, int>(s.Name, s.WeightGrams)).SingleAsync());
        Assert.Equal(["catalog.imported"], await db.Outbox.Select(f => f.Type).ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_GTIN_that_belongs_to_another_SKU_stops_the_whole_file(DatabaseProvider provider)
    {
        var dbs = await NewAsync(provider);

        var outcome = await new SkuImport(dbs, Clock).ImportAsync(Rows("NEW-0001;Nowy;;0,1;1;1;1\nNEW-0002;Drugi;00000017;0,1;1;1;1\n"), "upload");

        var problem = Assert.Single(Assert.IsType<SkuImportOutcome.Invalid>(outcome).Problems);
        Assert.Equal((3, "gtin"), (problem.Line, problem.Column));
        Assert.Contains("TAL-0001", problem.Why.ToString());
        await using var db = dbs.CreateDbContext();
        Assert.Equal(2, await db.Skus.CountAsync());
        Assert.Empty(await db.Outbox.ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Twelve_hundred_rows_go_in_batches_in_one_transaction(DatabaseProvider provider)
    {
        var dbs = await NewAsync(provider);
        var csv = new StringBuilder();
        for (var n = 1; n <= 1200; n++) csv.Append("B-").Append(n).Append(";Kubek ").Append(n).Append(";;0,35;12;9;10\n");
        var reported = new List<int>();

        var outcome = await new SkuImport(dbs, Clock).ImportAsync(Rows(csv.ToString()), "upload", new SyncProgress(reported.Add));

        Assert.Equal(new SkuImportOutcome.Imported(1200, 0, 0), outcome);
        Assert.Equal([500, 1000, 1200], reported);
        await using var db = dbs.CreateDbContext();
        Assert.Equal(1202, await db.Skus.CountAsync());
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
