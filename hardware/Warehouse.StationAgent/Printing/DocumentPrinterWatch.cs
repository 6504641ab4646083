using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Warehouse.Devices;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.StationAgent.Devices;

namespace Warehouse.StationAgent.Printing;

/// <summary>
/// Asks the station's document printer how it is (<c>Get-Printer-Attributes</c>) every
/// <see cref="AgentOptions.PrinterWatchInterval"/>, as the Zebra is asked, and reports it through
/// <see cref="AgentDevices"/>: a change goes up the link like the label printer's health. A new device set
/// that names another printer is asked at once; the printer's own jobs are <see cref="DocumentQueue"/>'s.
/// </summary>
public sealed class DocumentPrinterWatch : BackgroundService
{
    private readonly AgentDevices _devices;
    private readonly IppConnections _connections;
    private readonly TimeSpan _every;
    private readonly ILogger _log;
    private readonly SemaphoreSlim _wake = new(0, 1);

    public DocumentPrinterWatch(AgentDevices devices, IppConnections connections, AgentOptions options, ILogger<DocumentPrinterWatch> log)
    {
        (_devices, _connections, _every, _log) = (devices, connections, options.PrinterWatchInterval, log);
        devices.DocumentPrinterChanged += Wake;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ipp = new IppClient(_connections);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DocumentPrinterHealth.AskAsync(ipp, _devices.Current?.DocumentPrinterUri, stoppingToken) is { } report) _devices.Report(report);
                else _devices.Forget(DeviceReports.DocumentPrinterDevice); // the server forgets it from its own copy of the setting
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A watch that ended would stop the agent's host: the scans matter more than this report.
                _log.LogWarning(e, "Asking the document printer how it is failed; asking again");
            }

            await _wake.WaitAsync(_every, stoppingToken);
        }
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
}
