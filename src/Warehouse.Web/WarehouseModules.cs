using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Catalog;
using Warehouse.Core.Catalog.Import;
using Warehouse.Core.Data;
using Microsoft.Extensions.Options;
using Warehouse.Core.Floor;
using Warehouse.Core.Labels;
using Warehouse.Core.Floor.Outbox;
using Warehouse.Core.Orders;
using Warehouse.Core.Retention;
using Warehouse.Core.Packing;
using Warehouse.Core.Picking;
using Warehouse.Core.Picking.Waves;
using Warehouse.Core.Quality;
using Warehouse.Core.Receiving;
using Warehouse.Web.Picking;
using Warehouse.Web.Shipping;
using Warehouse.Core.Photos;
using Warehouse.Core.Stations;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shop;
using Warehouse.Core.Shipping.Dock;
using Warehouse.Core.Stock;
using Warehouse.Web.Floor;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Web.LocalDevices;
using Warehouse.Web.Printing;

using Warehouse.Core.Wall;

namespace Warehouse.Web;

/// <summary>One registration per module of the floor.</summary>
public static class WarehouseModules
{
    public static IHostApplicationBuilder AddWarehouseData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataFolder), "Storage:DataFolder must name a folder.").ValidateOnStart();
        var options = DatabaseOptionsFrom(builder.Configuration);
        builder.Services.AddSingleton(options);
        var dbs = new WarehouseDbFactory(options);
        builder.Services.AddSingleton<IDbContextFactory<WarehouseDb>>(dbs);
        builder.Services.AddSingleton(dbs.Bell);
        builder.Services.AddSingleton(dbs.Writers);
        return builder;
    }

    /// <summary>The "Database" section; for SQLite without a connection string, a file in the data folder (created).</summary>
    public static DatabaseOptions DatabaseOptionsFrom(IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        // The name docker-compose.yml used before 2026-12 (ConnectionStrings__Warehouse) still works.
        if (string.IsNullOrEmpty(options.ConnectionString))
            options.ConnectionString = configuration.GetConnectionString("Warehouse");
        if (options.Provider == DatabaseProvider.Sqlite && string.IsNullOrEmpty(options.ConnectionString))
        {
            var folder = Path.GetFullPath(configuration["Storage:DataFolder"] ?? "data");
            Directory.CreateDirectory(folder);
            options.ConnectionString = WarehouseDbFactory.SqliteIn(folder);
        }
        return options;
    }

    public static IHostApplicationBuilder AddFloor(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FloorOptions>().BindConfiguration("Floor")
            .Validate(o => FloorOptions.IsKnownZone(o.TimeZone), "Floor:TimeZone must be a time zone this machine knows, such as Europe/Warsaw.").ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new FloorClock(sp.GetRequiredService<TimeProvider>(),
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<FloorOptions>>().Value.TimeZone)));
        builder.Services.AddSingleton<FloorEvents>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<FactRelay>();
        builder.Services.AddSingleton<DurableFacts>();
        builder.Services.AddSingleton<FactPruning>();
        builder.Services.AddSingleton<OutboxReader>();
        // First of the hosted services: it finds the end of the outbox before anything else writes.
        builder.Services.AddHostedService<OutboxService>();
        builder.Services.AddSingleton<FloorBoard>();
        builder.Services.AddSingleton<FloorTrail>();
        builder.Services.AddSingleton<DayPlans>();
        builder.Services.AddSingleton<ExceptionResolution>();
        builder.Services.AddSingleton<DeviceHealthBoard>();
        builder.Services.AddSignalR();
        builder.Services.AddHostedService<FloorHubRelay>();
        return builder;
    }

    /// <summary>The station pipeline every station kind shares; each kind adds its <see cref="IStationHandler"/>.</summary>
    public static IHostApplicationBuilder AddStations(this IHostApplicationBuilder builder)
    {
        // The idle and scan-length rules were packing keys before other kinds arrived: where a deployment
        // still sets them, they win over the shipped "Stations" defaults.
        builder.Services.AddOptions<StationOptions>().BindConfiguration("Stations").BindConfiguration("Packing").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<StationLocks>();
        builder.Services.AddSingleton<ScaleReadings>();
        builder.Services.AddSingleton<WeighingStations>();
        builder.Services.AddSingleton<StationHandlers>();
        builder.Services.AddSingleton<StationPipeline>();
        builder.Services.AddSingleton<StationEnrolment>();
        builder.Services.AddSingleton<StationQueries>();
        builder.Services.AddSingleton<StationDeviceSetup>();
        builder.Services.AddSingleton<IdleSweep>();
        builder.Services.AddHostedService<IdleSweepService>();
        return builder;
    }

    public static IHostApplicationBuilder AddPacking(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PackingOptions>().BindConfiguration("Packing").ValidateDataAnnotations().ValidateOnStart()
            // Set once, under "Picking"; packing learns it here rather than using the picking folder.
            .Configure<IOptions<PickingOptions>>((packing, picking) => packing.ChannelsPickedFirst = [.. picking.Value.ChannelsPickedFirst]);
        // The sender and SSCC keys were under "Packing" before labels had a section of their own: where a
        // deployment still sets them, they win over the shipped "Labels" defaults.
        builder.Services.AddOptions<LabelOptions>().BindConfiguration("Labels").BindConfiguration("Packing").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LabelOptions>, LabelOptionsCheck>();
        builder.Services.AddSingleton<IStationHandler, PackingHandler>();
        builder.Services.AddSingleton<ParcelLabels>();
        builder.Services.AddSingleton<ParcelCompletion>();
        builder.Services.AddSingleton<StationBoard>();
        builder.Services.AddSingleton<ClaimRelease>();
        builder.Services.AddSingleton<OrderIntake>();
        builder.Services.AddSingleton<OrderQueries>();
        builder.Services.AddSingleton<OrderStops>();
        builder.Services.AddSingleton<RecipientRetention>();
        builder.Services.AddHostedService<RetentionService>();
        return builder;
    }

    /// <summary>The catalog: SKUs (CSV upload and API) and carton types, read by packing and the pages.</summary>
    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CatalogQueries>();
        builder.Services.AddSingleton<SkuImport>();
        builder.Services.AddSingleton<CartonShelf>();
        builder.Services.AddSingleton<Warehouse.Web.Components.Pages.Admin.Catalog.CatalogUploads>();
        return builder;
    }

    /// <summary>Carriers, the shipment desk that asks them for labels, and what the floor does with their answers.</summary>
    public static IHostApplicationBuilder AddShipping(this IHostApplicationBuilder builder)
    {
        builder.Services.AddShipping(builder.Configuration);
        builder.Services.AddOptions<ShipmentDeskOptions>().BindConfiguration("Shipping:Desk").ValidateOnStart();
        builder.Services.AddSingleton<ShipmentPlanner>();
        builder.Services.AddSingleton<ShipmentRequests>();
        builder.Services.AddSingleton<ShipmentDesk>();
        builder.Services.AddSingleton<VoidDesk>();
        builder.Services.AddSingleton<ParcelTracking>();
        builder.Services.AddSingleton<CarrierPolling>();
        builder.Services.AddSingleton<ParcelVoids>();
        builder.Services.AddSingleton<CutOffBoard>();
        builder.Services.AddOptions<ShopWebhookOptions>().BindConfiguration("Shop:Webhook").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ShopWebhookOptions>, ShopWebhookOptionsCheck>();
        builder.Services.AddHttpClient(ShopWebhooks.ConsumerName);
        builder.Services.AddSingleton(sp => new ShopWebhooks(sp.GetRequiredService<IHttpClientFactory>().CreateClient(ShopWebhooks.ConsumerName),
            sp.GetRequiredService<IOptions<ShopWebhookOptions>>(), sp.GetRequiredService<FloorClock>()));
        builder.Services.AddHostedService<ShopWebhookService>();
        builder.Services.AddHostedService<CarrierPollService>();
        builder.Services.AddSingleton<CarrierSecrets>();
        builder.Services.AddHostedService<ShipmentDeskService>();
        // Close-out: docks scan parcels onto a carrier's handover; the carrier is told after the close commits.
        builder.Services.AddSingleton<IStationHandler, DockHandler>();
        builder.Services.AddSingleton<CarrierHandovers>();
        builder.Services.AddSingleton<HandoverRetry>();
        builder.Services.AddSingleton<ManifestQueries>();
        builder.Services.AddHostedService<CarrierHandoverService>();
        return builder;
    }

    public static IHostApplicationBuilder AddStock(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LayoutQueries>();
        builder.Services.AddSingleton<StockLabels>();
        builder.Services.AddSingleton<StockAllocation>();
        builder.Services.AddSingleton<StockTakeImport>();
        builder.Services.AddSingleton<LocationRecount>();
        builder.Services.AddSingleton<ZoneImport>();
        return builder;
    }

    public static IHostApplicationBuilder AddPicking(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PickingOptions>().BindConfiguration("Picking").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<QcOptions>().BindConfiguration("Quality").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<QcRules>();
        builder.Services.AddSingleton<WaveRelease>();
        builder.Services.AddSingleton<PickListQueries>();
        builder.Services.AddSingleton<PickingBoard>();
        builder.Services.AddSingleton<IStationHandler, PickingHandler>();
        builder.Services.AddHostedService<WaveResumeService>();
        return builder;
    }

    /// <summary>Goods in: deliveries announced by the API, received at Receiving stations; put-back walked there too.</summary>
    public static IHostApplicationBuilder AddReceiving(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IStationHandler, ReceivingHandler>();
        builder.Services.AddSingleton<DeliveryIntake>();
        builder.Services.AddSingleton<DeliveryQueries>();
        return builder;
    }

    /// <summary>Evidence photos: files under Storage:DataFolder/photos, rows in the database.</summary>
    public static IHostApplicationBuilder AddPhotos(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PhotoOptions>().BindConfiguration("Photos").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new PhotoStore(sp.GetRequiredService<IDbContextFactory<WarehouseDb>>(), sp.GetRequiredService<FloorClock>(),
            Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.FullPath, "photos"),
            sp.GetRequiredService<IOptions<PhotoOptions>>().Value.MaxBytes));
        builder.Services.AddHostedService<PhotoSweepService>();
        return builder;
    }

    /// <summary>The QC bench (its options are bound with picking's, whose release applies the QC rules).</summary>
    public static IHostApplicationBuilder AddQuality(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<QcOptions>, QcOptionsCheck>();
        builder.Services.AddSingleton<IStationHandler, QcBenchHandler>();
        builder.Services.AddSingleton<QcChecklist>();
        builder.Services.AddSingleton<QcResolution>();
        builder.Services.AddSingleton<QcBenchBoard>();
        builder.Services.AddSingleton<QcFigures>();
        return builder;
    }

    public static IHostApplicationBuilder AddLocalDevices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LocalDevicesOptions>().BindConfiguration("LocalDevices");
        builder.Services.AddSingleton<LocalScales>();
        builder.Services.AddSingleton<DeviceOwners>();
        builder.Services.AddSingleton<StationScanners>();
        builder.Services.AddSingleton<StationScale>();
        builder.Services.AddHostedService<ScaleCommandRelay>();
        builder.Services.AddHostedService<LocalDevicesService>();
        return builder;
    }

    public static IHostApplicationBuilder AddPrinting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StationPrinters>();
        builder.Services.AddSingleton<ServerPrinters>();
        builder.Services.AddHostedService<PrintDispatcher>();
        builder.Services.AddHostedService<PrinterWatch>();
        builder.Services.AddOptions<DocumentPrintingOptions>().BindConfiguration("DocumentPrinting").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<StationDocumentPrinters>();
        builder.Services.AddSingleton(sp => new IppConnections(sp.GetRequiredService<IOptions<DocumentPrintingOptions>>().Value.CallTimeout));
        builder.Services.AddSingleton<DocumentPrintPass>();
        builder.Services.AddHostedService<DocumentPrintDispatcher>();
        builder.Services.AddHostedService<DocumentPrinterWatch>();
        return builder;
    }
}
