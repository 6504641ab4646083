using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Stations;
using Warehouse.Devices;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Web.LocalDevices;

namespace Warehouse.Web.Printing;

/// <summary>
/// Asks the document printer of every station the server drives for its health (<c>Get-Printer-Attributes</c>)
/// every <see cref="DocumentPrintingOptions.Watch"/>, so paper out or a jam shows on the station page and the
/// dashboard before a PDF label fails. An agent station's document printer is its agent's, which reports it over
/// the link. A saved device set starts a round at once; a station left without a document printer shows none.
/// </summary>
internal sealed class DocumentPrinterWatch : BackgroundService
{
    private readonly IDbContextFactory<WarehouseDb> _dbs;
    private readonly StationDocumentPrinters _routes;
    private readonly IppConnections _connections;
    private readonly DeviceHealthBoard _health;
    private readonly IOptions<DocumentPrintingOptions> _options;
    private readonly ILogger<DocumentPrinterWatch> _log;
    private readonly SemaphoreSlim _wake = new(0, 1);

    public DocumentPrinterWatch(IDbContextFactory<WarehouseDb> dbs, StationDocumentPrinters routes, IppConnections connections, DeviceHealthBoard health,
        DeviceOwners owners, IOptions<DocumentPrintingOptions> options, ILogger<DocumentPrinterWatch> log)
    {
        (_dbs, _routes, _connections, _health, _options, _log) = (dbs, routes, connections, health, options, log);
        owners.SetChanged += (station, owner) =>
        {
            // Handed to its agent: what the server last saw is no longer the station's, the agent reports its own.
            if (owner == DeviceOwner.Agent) _health.Forget(station, DeviceReports.DocumentPrinterDevice);
            Wake();
        };
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A round is already due.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ipp = new IppClient(_connections);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var stations = await StationsAsync(stoppingToken);
                await Task.WhenAll(stations.Select(s => AskAsync(ipp, s.Station, s.Printer, stoppingToken)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _log.LogWarning(e, "Document printer health round failed; trying again");
            }

            await _wake.WaitAsync(_options.Value.Watch, stoppingToken);
        }
    }

    private async Task AskAsync(IppClient ipp, string station, string? printer, CancellationToken ct)
    {
        if (await DocumentPrinterHealth.AskAsync(ipp, printer, ct) is { } r) _health.Report(station, r.Device, r.Online, r.State, r.Description);
        else _health.Forget(station, DeviceReports.DocumentPrinterDevice);
    }

    // The server's own stations; an agent station's only while it has no document printer, to forget the last report.
    private async Task<List<(string Station, string? Printer)>> StationsAsync(CancellationToken ct)
    {
        await using var db = await _dbs.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking()
            .Select(s => new { s.Code, Agent = s.Devices.Connection == DeviceConnection.Agent, s.Devices.DocumentPrinterUri }).ToListAsync(ct);
        return [.. stations.Where(s => !s.Agent || s.DocumentPrinterUri is null).Select(s => (s.Code, s.Agent ? null : _routes.For(s.Code) ?? s.DocumentPrinterUri))];
    }
}
