using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Orders;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Waves;
using Warehouse.Core.Quality;
using Warehouse.Core.Stock;
using Warehouse.Core.Tests.Stock;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Picking.Waves;

/// <summary>The stocked floor of <see cref="StockFloor"/> with orders to release, and the release wired as the app wires it.</summary>
internal sealed class PickingFloor
{
    private int _next;

    private PickingFloor(StockFloor stock, QcOptions qc)
    {
        Stock = stock;
        Qc = qc;
        Clock = new FloorClock(new ManualClock(new DateTimeOffset(StockFloor.At)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        Waves = new WaveRelease(stock.Dbs, new LayoutQueries(stock.Dbs), new QcRules(Microsoft.Extensions.Options.Options.Create(qc)), Clock, NullLogger<WaveRelease>.Instance);
        Lists = new PickListQueries(stock.Dbs);
    }

    public StockFloor Stock { get; }
    public QcOptions Qc { get; }
    public FloorClock Clock { get; }
    public WaveRelease Waves { get; }
    public PickListQueries Lists { get; }
    public PickingOptions Options { get; } = new() { ChannelsPickedFirst = [SalesChannel.Allegro] };
    public WarehouseDbFactory Dbs => Stock.Dbs;

    public static async Task<PickingFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider, QcOptions? qc = null) =>
        new(await StockFloor.CreateAsync(fixture, provider), qc ?? new QcOptions());

    /// <summary>A ready Allegro order; ship-by a minute later than the one before, so the wave's order is the creation order.</summary>
    public async Task<string> OrderAsync(params (string Sku, int Quantity)[] lines)
    {
        var n = ++_next;
        var number = $"AL-{n}";
        await using var db = Dbs.CreateDbContext();
        db.Orders.Add(new Order
        {
            Number = number, Channel = SalesChannel.Allegro, Carrier = "InPost", Service = "Paczkomat",
            ShipByUtc = StockFloor.At.AddHours(6).AddMinutes(n), ReceivedUtc = StockFloor.At.AddHours(-1),
            Recipient = new Recipient { Name = "Łukasz Wróbel", Street = "ul. Źródlana 12/4", PostalCode = "90-001", City = "Łódź" },
            Lines = lines.Select(l => new OrderLine { SkuId = Stock.Skus[l.Sku], Quantity = l.Quantity }).ToList(),
        });
        await db.SaveChangesAsync();
        return number;
    }

    public WaveSelection Named(params string[] numbers) =>
        new WaveCheck(Options).Run(new WaveRequest { Orders = [.. numbers] }) ?? throw new InvalidOperationException("bad request");

    public WaveSelection Rule(int maxOrders = 500, string mode = "batch", int totes = 3) =>
        new WaveCheck(Options).Run(new WaveRequest { Channels = ["Allegro"], MaxOrders = maxOrders, Mode = mode, TotesPerCart = totes })
        ?? throw new InvalidOperationException("bad request");

    public async Task<Order> FindAsync(string number)
    {
        await using var db = Dbs.CreateDbContext();
        return await db.Orders.AsNoTracking().SingleAsync(o => o.Number == number);
    }

    public async Task<List<PickLine>> LinesAsync(string number)
    {
        await using var db = Dbs.CreateDbContext();
        return await db.PickLines.AsNoTracking().Where(l => l.OrderNumber == number).OrderBy(l => l.Id).ToListAsync();
    }

    public async Task<int> ReservedAsync() => (await Stock.BalancesAsync()).Sum(b => b.Reserved);
}
