using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Devices;
using Warehouse.Devices.Printers;

namespace Warehouse.Web.Printing;

/// <summary>
/// Asks every printer the server drives itself (stations without an agent) for its <c>~HS</c>
/// status every few seconds, so the station page and the dashboard show paper out or an open head
/// before the next label is due, and the dispatcher holds labels for a printer that cannot print.
/// An agent station's printer is watched by its agent.
/// </summary>
internal sealed class PrinterWatch(
    IDbContextFactory<WarehouseDb> dbs, StationPrinters routes, DeviceHealthBoard health, ILogger<PrinterWatch> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(3);
    private readonly ConcurrentDictionary<string, ZebraPrinter> _printers = new();

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
        if (!StationDeviceRules.TryParseTcp(address, out var host, out var port)) return;
        var printer = _printers.GetOrAdd(address, _ => new ZebraPrinter(new TcpPrinterLink(host, port)));
        var report = DeviceReports.Printer(await printer.GetStatusAsync(ct));
        health.Report(station, report.Device, report.Online, report.State, report.Description);
    }

    private async Task<List<(string Station, string Address)>> DirectPrintersAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().Where(s => s.Devices.Connection != DeviceConnection.Agent)
            .Select(s => new { s.Code, s.Devices.PrinterAddress }).ToListAsync(ct);
        return stations.Select(s => (s.Code, routes.For(s.Code) ?? s.PrinterAddress))
            .Where(s => s.Item2 is { Length: > 0 }).Select(s => (s.Code, s.Item2!)).ToList();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var printer in _printers.Values) await printer.DisposeAsync();
    }
}
