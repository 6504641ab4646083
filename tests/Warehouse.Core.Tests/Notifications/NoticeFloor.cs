using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using netDumbster.smtp;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Returns;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Notifications;

/// <summary>
/// The notice machinery on a real database as the app wires it: facts into the outbox, the
/// "notices" consumer from its checkpoint, delivery to a real SMTP server on loopback (netDumbster)
/// or an HTTP gateway. The clock is moved by hand, so back-off needs no waiting.
/// </summary>
public sealed class NoticeFloor
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    public NoticeFloor(DatabaseOptions database, int smtpPort, Action<NoticeOptions>? configure = null, ISmsGateway? sms = null,
        Func<FloorClock, ReturnLinks>? returnLinks = null)
    {
        _database = database;
        Dbs = new WarehouseDbFactory(database);
        FloorClock = new FloorClock(Clock, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        ReturnLinks = returnLinks?.Invoke(FloorClock);
        Options = new NoticeOptions
        {
            TrackingBaseUrl = "https://sklep.example.pl/",
            Smtp = new SmtpSettings { Host = "127.0.0.1", Port = smtpPort, From = "zamowienia@sklep.example.pl", Timeout = TimeSpan.FromSeconds(5) },
            Retry = new RetrySettings { MaxAttempts = 4, FirstDelay = TimeSpan.FromMinutes(1), MaxDelay = TimeSpan.FromMinutes(30) },
            Brands = new(StringComparer.OrdinalIgnoreCase)
            {
                ["default"] = new NoticeBrand { DisplayName = "Sklep Pod Lipą", Colour = "#2E7D32" },
                ["kids"] = new NoticeBrand { DisplayName = "Kids Corner", Colour = "#FFD54F", LogoUrl = "https://cdn.example.pl/kids.png" },
            },
        };
        configure?.Invoke(Options);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Book = new NoticeBook(Dbs, FloorClock, options, Bell, NullLogger<NoticeBook>.Instance);
        Consumer = new NoticeConsumer(Book, NullLogger<NoticeConsumer>.Instance);
        Delays = new NoticeDelays(Dbs, FloorClock, Book, options);
        Sms = sms ?? new HttpSmsGateway(new HttpClient(), options);
        Delivery = NewWorker();
    }

    public ManualClock Clock { get; } = new(Start);
    public FloorClock FloorClock { get; }
    public WarehouseDbFactory Dbs { get; }
    public NoticeOptions Options { get; }
    public NoticeBell Bell { get; } = new();
    public NoticeBook Book { get; }
    public NoticeConsumer Consumer { get; }
    public NoticeDelays Delays { get; }
    public ISmsGateway Sms { get; }
    public NoticeDelivery Delivery { get; }

    /// <summary>The portal link signer the letters use; none: the notices' returns link is the portal's search.</summary>
    public ReturnLinks? ReturnLinks { get; }

    /// <summary>Another worker, as a second app instance would have (its own factory, its own everything).</summary>
    public NoticeDelivery NewWorker()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var dbs = new WarehouseDbFactory(new DatabaseOptions { Provider = Dbs.Provider, ConnectionString = ConnectionString });
        return new NoticeDelivery(dbs, FloorClock, options, new NoticeLetters(dbs, options, FloorClock, ReturnLinks), new NoticeMail(options), Sms, NullLogger<NoticeDelivery>.Instance);
    }

    private string ConnectionString => _database.ConnectionString!;
    private readonly DatabaseOptions _database;

    public static async Task<NoticeFloor> CreateAsync(DatabaseFixture fixture, DatabaseProvider provider, int smtpPort, Action<NoticeOptions>? configure = null,
        ISmsGateway? sms = null, Func<FloorClock, ReturnLinks>? returnLinks = null)
    {
        var database = await fixture.NewDatabaseAsync(provider);
        var floor = new NoticeFloor(database, smtpPort, configure, sms, returnLinks);
        await floor.SeedAsync();
        // The consumer's first pass sets its checkpoint at the end of the outbox, as at the app's first start.
        await floor.PassAsync();
        return floor;
    }

    private async Task SeedAsync()
    {
        await using var db = Dbs.CreateDbContext();
        db.Skus.AddRange(
            new Sku { Code = "KUB-01", Name = "Kubek ceramiczny", Category = "kitchen" },
            new Sku { Code = "KUB-02", Name = "Dzbanek do herbaty", Category = "kitchen" },
            new Sku { Code = "KUB-03", Name = "Podkładki korkowe", Category = "kitchen" },
            new Sku { Code = "KUB-04", Name = "Łyżeczki (6 szt.)", Category = "kitchen" },
            new Sku { Code = "KUB-05", Name = "Ściereczka lniana", Category = "kitchen" },
            new Sku { Code = "KSI-01", Name = "Książka „Lalka”", Category = "books" });
        await db.SaveChangesAsync();
    }

    public async Task<Order> OrderAsync(string number, string language = "pl", string? email = "klient@example.pl", string? phone = null,
        string name = "Łukasz Wróbel", bool consent = false, SalesChannel channel = SalesChannel.OwnShop, string? brand = null, TimeSpan? shipIn = null)
    {
        await using var db = Dbs.CreateDbContext();
        var mug = await db.Skus.SingleAsync(s => s.Code == "KUB-01");
        var order = new Order
        {
            Number = number,
            Channel = channel,
            Carrier = "InPost",
            Service = "Kurier",
            Language = language,
            MarketingConsent = consent,
            Brand = brand,
            ShipByUtc = FloorClock.UtcNow + (shipIn ?? TimeSpan.FromHours(6)),
            ReceivedUtc = FloorClock.UtcNow,
            Recipient = new Recipient { Name = name, Email = email, Phone = phone, Street = "ul. Lipowa 1", PostalCode = "90-001", City = "Łódź" },
            Lines = [new OrderLine { SkuId = mug.Id, Quantity = 1 }],
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    /// <summary>An order packed now into one labelled parcel, handed over to its carrier (on a closed handover) or still on the dock.</summary>
    public async Task PackedAsync(string number, TimeSpan shipIn, bool handedOver)
    {
        var order = await OrderAsync(number, shipIn: shipIn);
        await using var db = Dbs.CreateDbContext();
        db.Attach(order);
        order.Claim("PACK-01", null);
        order.Pack(Now);
        var parcel = new Parcel
        {
            Sscc = Sscc.Create(0, "5901234", order.Id).Value,
            CartonCode = "K1",
            StationCode = "PACK-01",
            WeightGrams = 500,
            ExpectedWeightGrams = 450,
            PackedUtc = Now,
            CarrierCode = "INPOST",
            ServiceCode = "KURIER",
        };
        parcel.RequestShipment(Now);
        parcel.Labelled($"6000000000000000000{order.Id:00000}", null, null, Now);
        if (handedOver) parcel.Advance(ParcelStatus.Manifested, Now);
        order.Parcels.Add(parcel);
        await db.SaveChangesAsync();
    }

    /// <summary>Writes facts as a change on the floor would: in a transaction, into the outbox.</summary>
    public async Task FactAsync(params FloorFact[] facts)
    {
        await using var db = Dbs.CreateDbContext();
        await using var tx = await db.Database.BeginTransactionAsync();
        foreach (var fact in facts) db.Record(fact);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    /// <summary>One pass of the "notices" consumer, as a restarted app would run it (a new runner, the stored checkpoint).</summary>
    public Task<int> PassAsync() => new DurableFacts(Dbs, FloorClock, NullLogger<DurableFacts>.Instance).PassAsync(Consumer, CancellationToken.None);

    public Task<int> DeliverAsync() => Delivery.PassAsync(CancellationToken.None);

    public async Task<List<Notice>> NoticesAsync()
    {
        await using var db = Dbs.CreateDbContext();
        return await db.Notices.AsNoTracking().OrderBy(n => n.Id).ToListAsync();
    }

    public async Task<Notice> NoticeAsync(string orderNumber, NoticeKind kind) =>
        (await NoticesAsync()).Single(n => n.OrderNumber == orderNumber && n.Kind == kind);

    public DateTime Now => FloorClock.UtcNow;

    /// <summary>A loopback port nobody listens on (yet): an SMTP server that is down.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public static SimpleSmtpServer Smtp(int port) =>
        Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(port).Build();

    /// <summary>What the SMTP server received, read back as MIME.</summary>
    public static List<MimeMessage> Received(SimpleSmtpServer server) =>
        server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();
}
