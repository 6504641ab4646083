using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Printing;

/// <summary>
/// Asks every idle printer the server drives itself for its <c>~HS</c> status every few seconds,
/// so the station page and the dashboard show paper out or an open head before the next label is
/// due. A busy printer's queue reports its status itself; an agent station's printer is its agent's.
/// </summary>
internal sealed class PrinterWatch(IDbContextFactory<WarehouseDb> dbs, StationPrinters routes, ServerPrinters printers, ILogger<PrinterWatch> log)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var tick = new PeriodicTimer(Every);
        do
        {
            try
            {
                var stations = await DirectPrintersAsync(stoppingToken);
                await Task.WhenAll(stations.Select(s => AskAsync(s.Station, s.Address, stoppingToken)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Printer status round failed; trying again");
            }
        }
        while (await tick.WaitForNextTickAsync(stoppingToken));
    }

    private async Task AskAsync(string station, string address, CancellationToken ct)
    {
        if (printers.For(station, address) is not { } printer || printer.Queue.Jobs.Any(j => !j.IsFinished)) return;
        printers.Report(station, await printer.Zebra.GetStatusAsync(ct));
    }

    private async Task<List<(string Station, string Address)>> DirectPrintersAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().Where(s => s.Devices.Connection != DeviceConnection.Agent)
            .Select(s => new { s.Code, s.Devices.PrinterAddress }).ToListAsync(ct);
        return stations.Select(s => (Station: s.Code, Address: routes.For(s.Code) ?? s.PrinterAddress))
            .Where(s => s.Address is { Length: > 0 }).Select(s => (s.Station, s.Address!)).ToList();
    }
}
