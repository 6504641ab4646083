using System.Threading.Channels;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Devices;
using Warehouse.Devices.DocumentPrinters;
using Warehouse.Devices.Printers;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Scanners;
using Warehouse.StationAgent.Devices;
using Warehouse.StationAgent.Journal;
using Warehouse.StationAgent.Printing;
using Warehouse.StationLink;
using Hello = Warehouse.StationLink.Hello;

namespace Warehouse.StationAgent.Link;

/// <summary>
/// Keeps the one stream to the server open, reconnecting on a back-off whenever it breaks. On every
/// connection it sends the scans the journal still holds, in order, then new ones as they come; the
/// server's acknowledgements empty the journal. Print jobs come down and are stored before they are
/// acknowledged — labels for the Zebra, PDF labels for the document printer — and their outcomes,
/// device health and the scale's reading go up.
/// </summary>
public sealed class ServerLink(
    IOptions<AgentOptions> options, ScanJournal journal, AgentDevices devices, DocumentQueue documents, TimeProvider time, ILogger<ServerLink> log) : BackgroundService
{
    private readonly AgentOptions _options = options.Value;

    /// <summary>True while a stream to the server is up and welcomed.</summary>
    public bool Connected { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (DeviceSet.Load(_options.StateFolder) is { } known) await devices.ApplyAsync(known);
        using var channel = GrpcChannel.ForAddress(_options.ServerUrl, new GrpcChannelOptions
        {
            // A PDF label comes down in one message; the server never sends one over this.
            MaxReceiveMessageSize = StationLinkLimits.MaxServerMessageBytes,
            HttpHandler = new SocketsHttpHandler
            {
                // A server that vanished without closing the socket is noticed within seconds.
                KeepAlivePingDelay = TimeSpan.FromSeconds(5),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(5),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                SslOptions = ServerCertificateTrust.For(_options, log) ?? new(),
            },
        });
        var client = new StationLink.StationLink.StationLinkClient(channel);
        var delay = _options.FirstReconnect;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(client, () => delay = _options.FirstReconnect, stoppingToken);
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied)
            {
                log.LogError("The server refused this agent ({Detail}): check Agent:StationCode and the secret", e.Status.Detail);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("Server link down ({Reason}); {Waiting} scan(s) kept on disk", e.Message, journal.Waiting);
            }
            finally
            {
                Connected = false;
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.LongestReconnect.Ticks));
        }
    }

    private async Task RunOnceAsync(StationLink.StationLink.StationLinkClient client, Action connected, CancellationToken stoppingToken)
    {
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var ct = connection.Token;
        var headers = new Metadata { { "x-station", _options.StationCode }, { "authorization", "Bearer " + _options.ReadSecret() } };
        using var call = client.Connect(headers, cancellationToken: ct);
        var outbox = Channel.CreateUnbounded<AgentMessage>(new UnboundedChannelOptions { SingleReader = true });

        void OnHealth(DeviceReport r) => outbox.Writer.TryWrite(Health(r));
        void OnRefused(ScannerFault f) => outbox.Writer.TryWrite(Refusal(f));
        void OnJob(PrintJob job)
        {
            if (job.IsFinished && ServerJobIds.FromGuid(job.Id) is { } id) outbox.Writer.TryWrite(Outcome(id, job));
        }

        void OnDocument(DocumentJob job) => outbox.Writer.TryWrite(DocumentReport(job));

        devices.HealthChanged += OnHealth;
        devices.ScannerRefused += OnRefused;
        devices.PrintJobChanged += OnJob;
        documents.JobChanged += OnDocument;
        var tasks = new List<Task>();
        try
        {
            outbox.Writer.TryWrite(new AgentMessage { Hello = new Hello { AgentVersion = typeof(ServerLink).Assembly.GetName().Version?.ToString() ?? "", ScansWaiting = journal.Waiting, PrintsDocuments = true } });
            tasks.Add(WriteAsync(call.RequestStream, outbox.Reader, ct));
            tasks.Add(ReadAsync(call.ResponseStream, outbox.Writer, connected, ct));
            var first = await Task.WhenAny(tasks);
            await first; // its exception, if any, says why the connection ended
            throw new IOException("the server closed the stream");
        }
        finally
        {
            devices.HealthChanged -= OnHealth;
            devices.ScannerRefused -= OnRefused;
            devices.PrintJobChanged -= OnJob;
            documents.JobChanged -= OnDocument;
            await connection.CancelAsync();
            foreach (var t in tasks)
            {
                try { await t; }
                catch (Exception) { /* the first failure is the one reported */ }
            }
        }
    }

    private static async Task WriteAsync(IClientStreamWriter<AgentMessage> stream, ChannelReader<AgentMessage> outbox, CancellationToken ct)
    {
        await foreach (var message in outbox.ReadAllAsync(ct)) await stream.WriteAsync(message, ct);
    }

    private async Task ReadAsync(IAsyncStreamReader<ServerMessage> stream, ChannelWriter<AgentMessage> outbox, Action connected, CancellationToken ct)
    {
        var pumps = new List<Task>();
        while (await stream.MoveNext(ct))
        {
            var message = stream.Current;
            switch (message.BodyCase)
            {
                case ServerMessage.BodyOneofCase.Welcome:
                    var set = DeviceSet.From(message.Welcome);
                    set.Save(_options.StateFolder);
                    await devices.ApplyAsync(set);
                    documents.Wake(); // a changed document printer takes effect now
                    if (!Connected)
                    {
                        Connected = true;
                        connected();
                        log.LogInformation("Connected to {Server} as {Station}; sending {Waiting} stored scan(s)", _options.ServerUrl, _options.StationCode, journal.Waiting);
                        foreach (var report in devices.Health) outbox.TryWrite(Health(report));
                        foreach (var job in devices.Printer?.Jobs ?? [])
                            if (job.IsFinished && ServerJobIds.FromGuid(job.Id) is { } id) outbox.TryWrite(Outcome(id, job));
                        foreach (var job in documents.Jobs) outbox.TryWrite(DocumentReport(job));
                        pumps.Add(PumpScansAsync(outbox, ct));
                        pumps.Add(PumpWeightAsync(outbox, ct));
                    }

                    break;
                case ServerMessage.BodyOneofCase.ScanAck:
                    journal.Ack(message.ScanAck.Sequence);
                    break;
                case ServerMessage.BodyOneofCase.Print:
                    if (devices.Printer is not { } queue)
                    {
                        outbox.TryWrite(new AgentMessage { PrintOutcome = new PrintOutcome { JobId = message.Print.JobId, Printed = false, Reason = "no printer configured at the station" } });
                        break;
                    }

                    await queue.EnqueueOnceAsync(ServerJobIds.ToGuid(message.Print.JobId), message.Print.Zpl, ct);
                    outbox.TryWrite(new AgentMessage { PrintAccepted = new PrintAccepted { JobId = message.Print.JobId } });
                    break;
                case ServerMessage.BodyOneofCase.PrintDocument:
                    var document = message.PrintDocument;
                    if (document.JobId <= 0) break;
                    await documents.EnqueueOnceAsync(document.JobId, JobName(document), document.Pdf.ToByteArray(), ct);
                    // Acknowledged before the queue may report on it, so the server hears "accepted" first.
                    outbox.TryWrite(new AgentMessage { PrintAccepted = new PrintAccepted { JobId = document.JobId } });
                    documents.Wake();
                    break;
                case ServerMessage.BodyOneofCase.ScaleCommand:
                    var command = message.ScaleCommand.Command;
                    _ = Task.Run(async () =>
                    {
                        var result = await devices.ScaleCommandAsync(command, ct);
                        outbox.TryWrite(new AgentMessage { ScaleCommandDone = new ScaleCommandDone { Command = command, Succeeded = result.Succeeded, Reason = result.Reason ?? "" } });
                    }, ct);
                    break;
            }

            if (pumps.FirstOrDefault(p => p.IsFaulted) is { } failed) await failed;
        }
    }

    private async Task PumpScansAsync(ChannelWriter<AgentMessage> outbox, CancellationToken ct)
    {
        var sent = journal.Acked;
        while (!ct.IsCancellationRequested)
        {
            foreach (var scan in journal.After(sent))
            {
                outbox.TryWrite(new AgentMessage
                {
                    Scan = new Scan { ScanId = scan.ScanId, Code = scan.Code, Sequence = scan.Sequence, ScannedAtUnixMs = scan.ScannedAt.ToUnixTimeMilliseconds() },
                });
                sent = scan.Sequence;
            }

            await journal.WaitForMoreAsync(sent, ct);
        }
    }

    private async Task PumpWeightAsync(ChannelWriter<AgentMessage> outbox, CancellationToken ct)
    {
        using var tick = new PeriodicTimer(_options.WeightInterval, time);
        while (await tick.WaitForNextTickAsync(ct))
        {
            if (devices.Scale is not { } scale || devices.Settle is not { } settle) continue;
            outbox.TryWrite(new AgentMessage { Weight = WeightOf(scale.Current, settle, time.GetUtcNow()) });
        }
    }

    internal static Weight WeightOf(ScaleReading reading, SettleWatch settle, DateTimeOffset now) => reading switch
    {
        ScaleReading.Stable s => new Weight
        {
            State = Weight.Types.State.Stable,
            Grams = s.Grams,
            StableForMs = (long)Math.Max(0, (now - (settle.StableSince(s) ?? s.At)).TotalMilliseconds),
        },
        ScaleReading.InMotion m => new Weight { State = Weight.Types.State.Motion, Grams = m.Grams ?? settle.LastGrams },
        ScaleReading.Overload => new Weight { State = Weight.Types.State.Overload },
        ScaleReading.Underload => new Weight { State = Weight.Types.State.Underload },
        ScaleReading.NoAnswer n => new Weight { State = Weight.Types.State.Silent, Reason = n.Reason },
        ScaleReading.Fault f => new Weight { State = Weight.Types.State.Fault, Reason = f.Reason },
        _ => new Weight { State = Weight.Types.State.Fault },
    };

    // What the printer's queue shows (ours are under 40 characters; IPP takes 255 bytes); an empty, long or control-laden name becomes the job number.
    private static string JobName(PrintDocument document) =>
        document.JobName is { Length: > 0 and <= 100 } name && !name.Any(char.IsControl) ? name : $"#{document.JobId}";

    internal static AgentMessage DocumentReport(DocumentJob job) => job.IsFinished
        ? Outcome(job.JobId, job.State switch
        {
            DocumentJobState.Printed => PrintOutcome.Types.Result.Printed,
            DocumentJobState.NotConfirmed => PrintOutcome.Types.Result.NotConfirmed,
            _ => PrintOutcome.Types.Result.Failed,
        }, job.Reason, job.SentAt, job.PrinterJobId ?? 0)
        : new() { PrintProgress = new PrintProgress { JobId = job.JobId, Reason = job.Reason ?? "", PrinterJobId = job.PrinterJobId ?? 0 } };

    private static AgentMessage Health(DeviceReport r) => new()
    {
        Health = new StationLink.DeviceHealth { Device = r.Device, Online = r.Online, State = r.State, Description = r.Description },
    };

    private static AgentMessage Refusal(ScannerFault f) => new()
    {
        ScannerRefusal = new ScannerRefusal { Kind = DeviceReports.Code(f.Kind), Reason = f.Reason },
    };

    internal static AgentMessage Outcome(long id, PrintJob job) => Outcome(id, job.State switch
    {
        PrintJobState.Printed => PrintOutcome.Types.Result.Printed,
        PrintJobState.NotConfirmed => PrintOutcome.Types.Result.NotConfirmed,
        _ => PrintOutcome.Types.Result.Failed,
    }, job.FailureReason, job.SentAt);

    private static AgentMessage Outcome(long id, PrintOutcome.Types.Result result, string? reason, DateTimeOffset? sentAt, int printerJobId = 0) => new()
    {
        PrintOutcome = new PrintOutcome
        {
            JobId = id,
            Printed = result == PrintOutcome.Types.Result.Printed,
            Reason = reason ?? "",
            Result = result,
            SentAtUnixMs = sentAt?.ToUnixTimeMilliseconds() ?? 0,
            PrinterJobId = printerJobId,
        },
    };
}
