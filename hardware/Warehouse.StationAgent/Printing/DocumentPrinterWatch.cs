using Microsoft.Extensions.Hosting;
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
    private readonly SemaphoreSlim _wake = new(0, 1);

    public DocumentPrinterWatch(AgentDevices devices, IppConnections connections, AgentOptions options)
    {
        (_devices, _connections, _every) = (devices, connections, options.PrinterWatchInterval);
        devices.DocumentPrinterChanged += Wake;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ipp = new IppClient(_connections);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await DocumentPrinterHealth.AskAsync(ipp, _devices.Current?.DocumentPrinterUri, stoppingToken) is { } report) _devices.Report(report);
            else _devices.Forget(DeviceReports.DocumentPrinterDevice); // the server forgets it from its own copy of the setting
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
