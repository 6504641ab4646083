using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Data.Mappings;
using Warehouse.Core.Floor;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Notifications;
using Warehouse.Core.Orders;
using Warehouse.Core.Packing;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Waves;
using Warehouse.Core.Photos;
using Warehouse.Core.Printing;
using Warehouse.Core.Quality;
using Warehouse.Core.Receiving;
using Warehouse.Core.Returns;
using Warehouse.Core.Returns.Desk;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stock;

namespace Warehouse.Core.Data;

/// <summary>
/// The warehouse's data. Each provider has its own subclass so each keeps its own
/// migrations (<see cref="SqliteWarehouseDb"/>, <see cref="PostgresWarehouseDb"/>);
/// code outside this folder only ever sees <see cref="WarehouseDb"/>.
/// </summary>
public abstract class WarehouseDb(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Sku> Skus => Set<Sku>();
    public DbSet<CartonType> CartonTypes => Set<CartonType>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<CarrierWebhookReceipt> CarrierWebhookReceipts => Set<CarrierWebhookReceipt>();
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<Parcel> Parcels => Set<Parcel>();
    public DbSet<Shipping.Dock.Manifest> Manifests => Set<Shipping.Dock.Manifest>();
    public DbSet<Operator> Operators => Set<Operator>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<PackingSession> PackingSessions => Set<PackingSession>();
    public DbSet<PackedUnit> PackedUnits => Set<PackedUnit>();
    public DbSet<ScanReceipt> ScanReceipts => Set<ScanReceipt>();
    public DbSet<ExceptionCase> ExceptionCases => Set<ExceptionCase>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<PrintJob> PrintJobs => Set<PrintJob>();
    public DbSet<DayPlan> DayPlans => Set<DayPlan>();
    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Tote> Totes => Set<Tote>();
    public DbSet<Cart> Carts => Set<Cart>();

    /// <summary>The stock ledger: rows only added, each in the transaction of what moved the stock (<see cref="StockLedger"/>).</summary>
    public DbSet<StockMove> StockMoves => Set<StockMove>();

    public DbSet<StockBalance> StockBalances => Set<StockBalance>();
    public DbSet<StockSerial> StockSerials => Set<StockSerial>();
    public DbSet<Wave> Waves => Set<Wave>();
    public DbSet<WaveOrder> WaveOrders => Set<WaveOrder>();
    public DbSet<PickList> PickLists => Set<PickList>();
    public DbSet<PickListTote> PickListTotes => Set<PickListTote>();
    public DbSet<PickLine> PickLines => Set<PickLine>();
    public DbSet<PickedUnit> PickedUnits => Set<PickedUnit>();
    public DbSet<PutBackTask> PutBackTasks => Set<PutBackTask>();
    public DbSet<CountTask> CountTasks => Set<CountTask>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<DeliveryLine> DeliveryLines => Set<DeliveryLine>();
    public DbSet<ReceivedUnit> ReceivedUnits => Set<ReceivedUnit>();
    public DbSet<GoodsInDesk> GoodsInDesks => Set<GoodsInDesk>();
    public DbSet<QcCheck> QcChecks => Set<QcCheck>();
    public DbSet<QcUnit> QcUnits => Set<QcUnit>();

    /// <summary>Evidence photos: the rows; the images are files in the photos folder (<see cref="PhotoStore"/>).</summary>
    public DbSet<Photo> Photos => Set<Photo>();

    /// <summary>Facts written with the change that caused them, for the relay to deliver in commit order.</summary>
    public DbSet<OutboxFact> Outbox => Set<OutboxFact>();

    public DbSet<FactCheckpoint> FactCheckpoints => Set<FactCheckpoint>();

    /// <summary>Notices to customers, written from facts and sent by a worker (<see cref="NoticeDelivery"/>).</summary>
    public DbSet<Notice> Notices => Set<Notice>();

    /// <summary>Customers' returns (RMAs), their lines and their timeline (docs/returns.md).</summary>
    public DbSet<CustomerReturn> Returns => Set<CustomerReturn>();
    public DbSet<ReturnLine> ReturnLines => Set<ReturnLine>();
    public DbSet<ReturnEvent> ReturnEvents => Set<ReturnEvent>();

    /// <summary>What the returns desk found, unit by unit: grade and disposition, extras and missing.</summary>
    public DbSet<ReturnUnit> ReturnUnits => Set<ReturnUnit>();

    /// <summary>Set when this context saved facts; the commit rings the relay's bell (<see cref="FactOrder"/>).</summary>
    internal bool SavedFacts { get; set; }

    /// <summary>The key ring that signs cookies: shared by every instance, kept across container rebuilds.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WarehouseDb).Assembly, t => t.Namespace == typeof(CatalogMapping).Namespace);

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Stored UTC everywhere; SQLite forgets the kind, so it is put back on the way in.
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums as words: readable in the database and safe when a value is added in the middle.
        conventions.Properties<OrderStatus>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<SalesChannel>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<Role>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<StationKind>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<SessionStatus>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<ScanOutcome>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<ExceptionKind>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<PrintJobStatus>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<ZoneKind>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<LocationSide>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<CarrierState>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<StockStatus>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<StockPlaceKind>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<WaveState>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<WaveOrderState>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<PickingMode>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<PickListState>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<QcResult>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<DeliveryState>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<DeskMode>().HaveConversion<string>().HaveMaxLength(24);
        conventions.Properties<DeskConfirm>().HaveConversion<string>().HaveMaxLength(24);
    }
}

public sealed class SqliteWarehouseDb(DbContextOptions<SqliteWarehouseDb> options) : WarehouseDb(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Counter>(e =>
        {
            e.ToTable("Counters");
            e.HasKey(c => c.Name);
            e.Property(c => c.Name).HasMaxLength(32);
            e.HasData(new Counter { Name = Serials.Sscc, Value = 0 }, new Counter { Name = Serials.Tracking, Value = 0 },
                new Counter { Name = Serials.Rma, Value = 0 });
        });
    }
}

public sealed class PostgresWarehouseDb(DbContextOptions<PostgresWarehouseDb> options) : WarehouseDb(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>("serial_" + Serials.Sscc);
        modelBuilder.HasSequence<long>("serial_" + Serials.Tracking);
        modelBuilder.HasSequence<long>("serial_" + Serials.Rma);
    }
}
