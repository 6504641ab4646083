using System.Threading.Channels;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Printing;
using Warehouse.Core.Stations;
using Warehouse.StationLink;
using Warehouse.Web.Agents;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Agents;

/// <summary>
/// The server's side of an agent station's PDF labels (ADR 11): handed to an agent that prints documents
/// over its stream, named by the parcel's SSCC and the job number; Sent once the agent has it, waiting
/// with the agent's reason, Printed only when the agent reports the printer's "completed". An agent too
/// old for documents is sent none and its labels wait saying so; a PDF the stream cannot carry fails;
/// an agent cannot touch another station's labels.
/// </summary>
public sealed class AgentPrintFeed_PdfLabels(WebFloor floor) : IClassFixture<WebFloor>, IAsyncLifetime
{
    private const string Station = "PACK-02";
    private static readonly byte[] Pdf = "%PDF-1.4\n% a Pocztex label\n%%EOF\n"u8.ToArray();

    private AgentPrintFeed Feed => floor.Services.GetRequiredService<AgentPrintFeed>();

    public Task InitializeAsync() => floor.QueryAsync(async db =>
    {
        var station = await db.Stations.SingleAsync(s => s.Code == Station);
        station.Devices.Connection = DeviceConnection.Agent; // its devices are its agent's: the server's own pass leaves them alone
        return await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> AddJobAsync(byte[]? pdf, int? parcelId = null, string station = Station) => floor.AddPrintJobAsync(new PrintJob
    {
        StationCode = station, Zpl = pdf is null ? "^XA^FDZPL^FS^XZ" : "", Pdf = pdf, Status = PrintJobStatus.Queued, CreatedUtc = DateTime.UtcNow, ParcelId = parcelId,
    });

    [Fact]
    public async Task A_pdf_label_goes_to_an_agent_that_prints_documents_and_is_printed_only_on_its_outcome()
    {
        var parcel = await floor.QueryAsync(db => db.Parcels.OrderBy(p => p.Id).Select(p => new { p.Id, p.Sscc }).FirstAsync());
        var id = await AddJobAsync(Pdf, parcel.Id);
        await using var agent = Agent.Connect(Feed, printsDocuments: true);

        var handed = await agent.NextAsync(m => m.PrintDocument?.JobId == id);
        Assert.Equal(Pdf, handed.PrintDocument.Pdf.ToByteArray());
        Assert.Equal($"{parcel.Sscc} #{id}", handed.PrintDocument.JobName);

        await Feed.AcceptedAsync(Station, id, CancellationToken.None);
        Assert.Equal(PrintJobStatus.Sent, (await floor.PrintJobAsync(id)).Status);

        await Feed.ProgressAsync(Station, new PrintProgress { JobId = id, Reason = "printer unreachable, waiting: refused" }, CancellationToken.None);
        var waiting = await floor.PrintJobAsync(id);
        Assert.Equal((PrintJobStatus.Sent, "printer unreachable, waiting: refused"), (waiting.Status, waiting.FailureReason));

        await Feed.ProgressAsync(Station, new PrintProgress { JobId = id, PrinterJobId = 104 }, CancellationToken.None);
        var printing = await floor.PrintJobAsync(id);
        Assert.Equal((PrintJobStatus.Sent, null, 104), (printing.Status, printing.FailureReason, printing.PrinterJobId));

        var sentAt = DateTimeOffset.UtcNow.AddSeconds(-3);
        await Feed.FinishedAsync(Station, new PrintOutcome
        {
            JobId = id, Printed = true, Result = PrintOutcome.Types.Result.Printed, SentAtUnixMs = sentAt.ToUnixTimeMilliseconds(), PrinterJobId = 104,
        }, CancellationToken.None);
        var printed = await floor.PrintJobAsync(id);
        Assert.Equal((PrintJobStatus.Printed, null, 104), (printed.Status, printed.FailureReason, printed.PrinterJobId));
        Assert.Equal(sentAt.ToUnixTimeMilliseconds(), new DateTimeOffset(DateTime.SpecifyKind(printed.SentUtc!.Value, DateTimeKind.Utc)).ToUnixTimeMilliseconds());

        // Late or repeated news of a finished job moves nothing.
        await Feed.ProgressAsync(Station, new PrintProgress { JobId = id, Reason = "printer stopped the job: media-empty", PrinterJobId = 999 }, CancellationToken.None);
        var still = await floor.PrintJobAsync(id);
        Assert.Equal((PrintJobStatus.Printed, null, 104), (still.Status, still.FailureReason, still.PrinterJobId));
    }

    [Fact]
    public async Task An_agent_too_old_for_documents_gets_the_zpl_labels_but_no_pdf_and_the_pdf_waits_saying_why()
    {
        var pdf = await AddJobAsync(Pdf);
        var zpl = await AddJobAsync(null);
        await using var agent = Agent.Connect(Feed, printsDocuments: false);

        Assert.Equal(zpl, (await agent.NextAsync(m => m.Print?.JobId == zpl)).Print.JobId);
        var waiting = await floor.PrintJobEventuallyAsync(pdf, j => j.FailureReason is not null);
        Assert.Equal((PrintJobStatus.Queued, AgentPrintFeed.AgentTooOld), (waiting.Status, waiting.FailureReason));
        Assert.DoesNotContain(agent.Received, m => m.PrintDocument is not null);
    }

    [Fact]
    public async Task A_pdf_over_what_the_agents_stream_carries_fails_with_its_size_instead_of_breaking_the_stream()
    {
        var huge = new byte[StationLinkLimits.MaxDocumentBytes + 1];
        Pdf.CopyTo(huge, 0);
        var id = await AddJobAsync(huge);
        var after = await AddJobAsync(Pdf);
        await using var agent = Agent.Connect(Feed, printsDocuments: true);

        Assert.Equal(after, (await agent.NextAsync(m => m.PrintDocument?.JobId == after)).PrintDocument.JobId);
        var failed = await floor.PrintJobEventuallyAsync(id, j => j.Status == PrintJobStatus.Failed);
        Assert.Equal(PrintJobStatus.Failed, failed.Status);
        Assert.Contains($"{huge.Length} bytes", failed.FailureReason);
        Assert.DoesNotContain(agent.Received, m => m.PrintDocument?.JobId == id);
    }

    [Fact]
    public async Task An_agent_cannot_report_on_another_stations_pdf_label()
    {
        var others = await AddJobAsync(Pdf, station: "PACK-03");

        await Feed.ProgressAsync(Station, new PrintProgress { JobId = others, Reason = "spoofed", PrinterJobId = 7 }, CancellationToken.None);
        await Feed.AcceptedAsync(Station, others, CancellationToken.None);
        await Feed.FinishedAsync(Station, new PrintOutcome { JobId = others, Result = PrintOutcome.Types.Result.Printed, PrinterJobId = 7 }, CancellationToken.None);
        await Feed.ProgressAsync(Station, new PrintProgress { JobId = -1, Reason = "no such job" }, CancellationToken.None);
        await Feed.ProgressAsync(Station, new PrintProgress { JobId = long.MaxValue, Reason = "no such job" }, CancellationToken.None);

        // PACK-03 is the server's own station: its pass may have judged the job meanwhile (no printer set there),
        // but nothing the agent said about it counts.
        var job = await floor.PrintJobAsync(others);
        Assert.NotEqual(PrintJobStatus.Printed, job.Status);
        Assert.NotEqual("spoofed", job.FailureReason);
        Assert.Null(job.PrinterJobId);
    }

    /// <summary>An agent's session as the gateway opens one, with what the server writes to it collected.</summary>
    private sealed class Agent : IServerStreamWriter<ServerMessage>, IAsyncDisposable
    {
        private readonly Channel<ServerMessage> _written = Channel.CreateUnbounded<ServerMessage>();
        private readonly List<ServerMessage> _received = [];
        private readonly CancellationTokenSource _call = new();
        private AgentSession _session = null!;
        private Task _feeding = Task.CompletedTask;

        public static Agent Connect(AgentPrintFeed feed, bool printsDocuments)
        {
            var agent = new Agent();
            agent._session = new AgentSession(Station, agent, agent._call.Token);
            agent._session.Greeted(new Hello { AgentVersion = "test", PrintsDocuments = printsDocuments });
            agent._feeding = feed.RunAsync(agent._session);
            return agent;
        }

        public IReadOnlyList<ServerMessage> Received { get { lock (_received) return [.. _received]; } }

        public WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(ServerMessage message, CancellationToken cancellationToken) => WriteAsync(message);

        public Task WriteAsync(ServerMessage message)
        {
            lock (_received) _received.Add(message);
            _written.Writer.TryWrite(message);
            return Task.CompletedTask;
        }

        public async Task<ServerMessage> NextAsync(Func<ServerMessage, bool> wanted)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (true)
            {
                var message = await _written.Reader.ReadAsync(deadline.Token);
                if (wanted(message)) return message;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _call.CancelAsync();
            try { await _feeding; } catch (OperationCanceledException) { }
            await _session.DisposeAsync();
            _call.Dispose();
        }
    }
}
