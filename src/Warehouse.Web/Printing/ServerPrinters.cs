using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Devices;
using Warehouse.Devices.Printers;
using Warehouse.Web.LocalDevices;

using Warehouse.Core.Stations;

namespace Warehouse.Web.Printing;

/// <summary>
/// The printers this server drives itself (stations without an agent): one Zebra connection and
/// one print queue per station, started on first use and replaced when the station's printer
/// address changes. Their status reaches the station page and the dashboard.
/// </summary>
public sealed class ServerPrinters : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, StationPrinter> _printers = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly IDbContextFactory<WarehouseDb> dbs;
    private readonly FloorEvents events;
    private readonly FloorClock clock;
    private readonly DeviceHealthBoard health;
    private readonly ILogger<ServerPrinters> log;

    public ServerPrinters(IDbContextFactory<WarehouseDb> dbs, FloorEvents events, FloorClock clock, DeviceHealthBoard health, DeviceOwners owners, ILogger<ServerPrinters> log)
    {
        (this.dbs, this.events, this.clock, this.health, this.log) = (dbs, events, clock, health, log);
        // A station handed to its agent prints through the agent only: the server lets go of its
        // printer at once. Labels it had not sent yet stay queued in the database for the agent.
        owners.SetChanged += (station, owner) =>
        {
            if (owner == DeviceOwner.Agent) Drop(station);
        };
    }

    private void Drop(string stationCode)
    {
        lock (_gate)
        {
            if (_printers.TryRemove(stationCode, out var printer)) _ = printer.DisposeAsync().AsTask();
        }
    }

    /// <summary>The station's printer at <paramref name="address"/> (<c>host:port</c> or a device path), running; null for an address it cannot drive.</summary>
    public StationPrinter? For(string stationCode, string address)
    {
        if (!StationDeviceRules.TryParseTcp(address, out _, out _) && !StationDeviceRules.IsDevicePath(address)) return null;
        lock (_gate)
        {
            if (_printers.TryGetValue(stationCode, out var known) && known.Address == address) return known;
            if (known is not null) _ = known.DisposeAsync().AsTask();
            var zebra = new ZebraPrinter(PrinterLinks.For(address));
            var queue = new PrintQueue(zebra, new DatabasePrintJobs(dbs, stationCode, clock));
            queue.StatusChanged += status => Report(stationCode, status);
            var printer = new StationPrinter(stationCode, address, zebra, queue, _stopping.Token, log);
            _printers[stationCode] = printer;
            return printer;
        }
    }

    public void Report(string stationCode, PrinterStatusReport status)
    {
        var r = DeviceReports.Printer(status);
        health.Report(stationCode, r.Device, r.Online, r.State, r.Description);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var printer in _printers.Values) await printer.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>One station's Zebra and its queue, running until replaced or the server stops.</summary>
public sealed class StationPrinter : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping;
    private readonly Task _running;

    internal StationPrinter(string stationCode, string address, ZebraPrinter zebra, PrintQueue queue, CancellationToken serverStopping, ILogger log)
    {
        Address = address;
        Zebra = zebra;
        Queue = queue;
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(serverStopping);
        _running = RunAsync(stationCode, log);
    }

    public string Address { get; }
    public ZebraPrinter Zebra { get; }
    public PrintQueue Queue { get; }

    private async Task RunAsync(string stationCode, ILogger log)
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Queue.RunAsync(_stopping.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database or the printer broke the loop: the jobs are in the database, go on.
                log.LogWarning(e, "{Station} print queue stopped; starting it again", stationCode);
                await Task.Delay(TimeSpan.FromSeconds(2), _stopping.Token).ContinueWith(_ => { });
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        await Zebra.DisposeAsync();
        _stopping.Dispose();
    }
}
