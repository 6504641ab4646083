using System.Diagnostics;
using Warehouse.DeviceSimulators.Scanners;

namespace Warehouse.Benchmarks;

/// <summary>
/// The same packer's script as <see cref="ScanWorkload"/>, typed by a scanner on a serial line (a
/// simulator on a real pseudo-terminal) and read by the app itself or by a station agent. Timed from
/// the scanner's first byte to the floor event at a hub client, which is what a station page hears.
/// </summary>
public sealed class SerialWorkload(BenchHost host, HubListener hub)
{
    public async Task<Latencies> RunAsync(string station, string badge, ScannerSimulator scanner, int max, TimeSpan limit)
    {
        var orders = await ScanWorkload.OrdersAsync(host);
        var latencies = new Latencies();
        var started = Stopwatch.StartNew();
        var scans = 0;
        foreach (var code in ScanWorkload.Script(badge, orders))
        {
            if (scans >= max || started.Elapsed > limit) break;
            var sentAt = ScanWorkload.UnixMs();
            await scanner.ScanAsync(code);
            var arrived = await hub.NextArrivalAsync(station, TimeSpan.FromSeconds(5));
            if (double.IsNaN(arrived)) throw new TimeoutException($"{station}: scan {scans + 1} ('{code}') never reached the hub.");
            latencies.Add(arrived - sentAt);
            scans++;
        }

        return latencies;
    }
}
