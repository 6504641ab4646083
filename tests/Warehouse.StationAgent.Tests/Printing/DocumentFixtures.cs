using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>A document queue as the agent builds it: jobs and PDFs in a <see cref="DocumentJobFile"/> in a folder, IPP over real HTTP.</summary>
internal sealed class RunningDocuments : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly IppConnections _ipp = new(TimeSpan.FromSeconds(5));
    private readonly Task _running;

    /// <param name="printerUri">The document printer as the current device set names it; asked on every pass.</param>
    public RunningDocuments(string folder, Func<string?> printerUri)
    {
        File = new DocumentJobFile(folder);
        Queue = new DocumentQueue(File, printerUri, _ipp, TimeProvider.System, TimeSpan.FromMilliseconds(20), NullLogger.Instance);
        _running = Queue.RunAsync(_stop.Token);
    }

    public DocumentJobFile File { get; }
    public DocumentQueue Queue { get; }

    /// <summary>Hands a job over as the server link does: stored, then the queue woken.</summary>
    public async Task<DocumentJob> HandOverAsync(long jobId, string name, byte[]? pdf = null)
    {
        var job = await Queue.EnqueueOnceAsync(jobId, name, pdf ?? Documents.Pdf, Deadline.In());
        Queue.Wake();
        return job;
    }

    /// <summary>Stops as the agent stops: wherever the queue was, an IPP call in flight included.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the printer's answer: the agent's host ends the same way.
        }

        File.Dispose();
        _ipp.Dispose();
        _stop.Dispose();
    }
}

internal static class Documents
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% a Pocztex label\n%%EOF\n");
}
