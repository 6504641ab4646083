using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Printing;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Printing;

/// <summary>
/// Sends queued labels to the stations' printers. A job is marked sent before its bytes go
/// out, so a crash in between can never print it twice; a person reprints if it never came.
/// </summary>
internal sealed class PrintDispatcher(
    IDbContextFactory<WarehouseDb> dbs, FloorEvents events, StationPrinters printers, DeviceHealthBoard health, FloorClock clock, ILogger<PrintDispatcher> log)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = events.Subscribe(e =>
        {
            if (e.Kind is FloorEvent.Kinds.PrintJob or FloorEvent.Kinds.Device) _wake.Writer.TryWrite(true);
            return Task.CompletedTask;
        });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendNextAsync(stoppingToken)) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Print dispatch failed; trying again shortly");
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(Poll);
            try { await _wake.Reader.ReadAsync(timeout.Token); }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }

    private async Task<bool> SendNextAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        // An agent station's labels go down its agent's stream (AgentPrintFeed), never from here;
        // a printer that says it cannot print (paper out, head open) keeps its labels queued.
        var waiting = await db.PrintJobs
            .Where(j => j.Status == PrintJobStatus.Queued && !db.Stations.Any(s => s.Code == j.StationCode && s.Devices.Connection == DeviceConnection.Agent))
            .OrderBy(j => j.Id).Take(50).ToListAsync(ct);
        var job = waiting.FirstOrDefault(j => health.For(j.StationCode)?.Devices.GetValueOrDefault("printer") is not { Online: false });
        if (job is null) return false;

        var address = printers.For(job.StationCode)
            ?? await db.Stations.Where(s => s.Code == job.StationCode).Select(s => s.Devices.PrinterAddress).FirstOrDefaultAsync(ct);
        job.Status = address is null ? PrintJobStatus.Failed : PrintJobStatus.Sent;
        job.FailureReason = address is null ? "no printer configured for the station" : null;
        job.SentUtc = clock.UtcNow;
        job.Version++;
        await db.SaveChangesAsync(ct); // claimed: nobody else sends it

        if (address is not null)
        {
            try
            {
                await SendAsync(address, job.Zpl, ct);
                job.Status = PrintJobStatus.Printed;
            }
            catch (Exception e) when (e is SocketException or IOException or OperationCanceledException or FormatException && !ct.IsCancellationRequested)
            {
                job.Status = PrintJobStatus.Failed;
                job.FailureReason = $"printer {address}: {e.Message}";
                log.LogWarning("Label {JobId} for {Station} failed: {Reason}", job.Id, job.StationCode, job.FailureReason);
            }
            job.Version++;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        events.Publish(new FloorEvent(FloorEvent.Kinds.PrintJob, clock.UtcNow, job.StationCode, Outcome: job.Status.ToString()));
        return true;
    }

    private static async Task SendAsync(string address, string zpl, CancellationToken ct)
    {
        var colon = address.LastIndexOf(':');
        var host = colon > 0 ? address[..colon] : address;
        var port = colon > 0 ? int.Parse(address[(colon + 1)..]) : 9100;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(SendTimeout);
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, timeout.Token);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(zpl), timeout.Token);
        await stream.FlushAsync(timeout.Token);
    }
}
