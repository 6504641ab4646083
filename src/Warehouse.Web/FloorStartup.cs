using Warehouse.Web.Shipping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Demo;
using Warehouse.Core.Staff;
using Warehouse.Web.Demo;
using Warehouse.Core.Stations;

namespace Warehouse.Web;

/// <summary>Brings the database up to date before the first request; in demo mode, seeds it and starts the simulated devices.</summary>
public static class FloorStartup
{
    /// <summary>
    /// Every setting checked at start (ValidateOnStart), before the database is touched: a wrong one is
    /// written to <paramref name="error"/> as the sentences that name it, without a stack trace.
    /// </summary>
    public static bool SettingsHold(this WebApplication app, TextWriter error)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception e) when (e is OptionsValidationException || e is AggregateException a && a.InnerExceptions.All(i => i is OptionsValidationException))
        {
            var failures = e is AggregateException all ? all.InnerExceptions.Cast<OptionsValidationException>() : [(OptionsValidationException)e];
            error.WriteLine("The warehouse cannot start; fix these settings (docs/operations.md):");
            foreach (var failure in failures.SelectMany(f => f.Failures)) error.WriteLine("  " + failure);
            return false;
        }
    }

    public static async Task PrepareFloorAsync(this WebApplication app)
    {
        var dbs = app.Services.GetRequiredService<IDbContextFactory<WarehouseDb>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!demo.Enabled) return;

        List<string> stations;
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await DemoData.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
            // A station with an agent has its own devices; the demo's stand-ins are for the others.
            stations = await db.Stations.Where(s => s.Kind == StationKind.Packing && s.Devices.Connection != DeviceConnection.Agent)
                .OrderBy(s => s.Code).Select(s => s.Code).ToListAsync();
        }

        var printers = app.Services.GetRequiredService<DemoPrinters>();
        var devices = app.Services.GetRequiredService<DemoDevices>();
        var labelFolder = Path.Combine(app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.FullPath, "labels");
        foreach (var station in stations)
        {
            printers.Start(station, Path.GetFullPath(labelFolder));
            devices.Add(station);
        }
        app.Lifetime.ApplicationStarted.Register(() => DemoBanner.Print(app.Urls, printers, app.Services.GetRequiredService<CarrierSecrets>()));
    }
}
