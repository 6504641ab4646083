using System.Threading.Channels;
using Grpc.Core;
using Warehouse.Core.Floor;
using Warehouse.Core.Packing;
using Warehouse.Core.Staff;
using Warehouse.StationLink;
using Warehouse.Web.Localization;
using Warehouse.Web.LocalDevices;

using Warehouse.Core.Stations;

namespace Warehouse.Web.Agents;

/// <summary>
/// The server's end of a station agent's stream. Scans are decided one after another in the order
/// the agent sent them, through the same pipeline as the page and the API, and acknowledged only
/// once stored; a scan the agent sends again is answered from its receipt.
/// </summary>
public sealed class StationGateway(
    StationDeviceSetup setup,
    StationPipeline pipeline,
    AgentSessions sessions,
    AgentPrintFeed prints,
    DeviceHealthBoard health,
    FloorEvents events,
    FloorClock clock,
    DeviceOwners owners,
    ILogger<StationGateway> log) : StationLink.StationLink.StationLinkBase
{
    private static readonly string[] Devices = ["scanner", "scale", Warehouse.Devices.DeviceReports.LabelPrinterDevice, Warehouse.Devices.DeviceReports.DocumentPrinterDevice];

    public override async Task Connect(IAsyncStreamReader<AgentMessage> requestStream, IServerStreamWriter<ServerMessage> responseStream, ServerCallContext context)
    {
        var station = context.RequestHeaders.GetValue("x-station") ?? "";
        var authorization = context.RequestHeaders.GetValue("authorization") ?? "";
        var secret = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization[7..].Trim() : "";
        var devices = await setup.AuthenticateAgentAsync(station, secret, context.CancellationToken);
        if (devices is null)
        {
            log.LogWarning("Agent refused for station '{Station}' from {Peer}", ScanText.ForAudit(station), context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, "Unknown station or wrong agent secret."));
        }

        await using var session = new AgentSession(station, responseStream, context.CancellationToken);
        sessions.Add(session);
        health.AgentConnected(station, true);
        session.Send(new ServerMessage { Welcome = Welcome(station, devices) });
        log.LogInformation("Agent of {Station} connected from {Peer}", station, context.Peer);

        var weights = Channel.CreateBounded<Weight>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var weighing = WeighAsync(station, weights.Reader, session.Ending);
        var printing = prints.RunAsync(session);
        try
        {
            while (await requestStream.MoveNext(session.Ending))
            {
                var message = requestStream.Current;
                switch (message.BodyCase)
                {
                    case AgentMessage.BodyOneofCase.Hello:
                        log.LogInformation("Agent of {Station}: version {Version}, {Waiting} scan(s) to deliver{Documents}", station, Cut(message.Hello.AgentVersion, 40),
                            message.Hello.ScansWaiting, message.Hello.PrintsDocuments ? "" : ", does not print PDF labels");
                        session.Greeted(message.Hello);
                        break;
                    case AgentMessage.BodyOneofCase.Scan:
                        session.Send(new ServerMessage { ScanAck = await ScanAsync(station, message.Scan, session.Ending) });
                        break;
                    case AgentMessage.BodyOneofCase.Weight:
                        weights.Writer.TryWrite(message.Weight);
                        break;
                    case AgentMessage.BodyOneofCase.Health:
                        var h = message.Health;
                        if (Devices.Contains(h.Device)) health.Report(station, h.Device, h.Online, Cut(h.State, 60), Cut(h.Description, 200));
                        break;
                    case AgentMessage.BodyOneofCase.PrintAccepted:
                        await prints.AcceptedAsync(station, message.PrintAccepted.JobId, session.Ending);
                        break;
                    case AgentMessage.BodyOneofCase.PrintProgress:
                        await prints.ProgressAsync(station, message.PrintProgress, session.Ending);
                        break;
                    case AgentMessage.BodyOneofCase.PrintOutcome:
                        await prints.FinishedAsync(station, message.PrintOutcome, session.Ending);
                        break;
                    case AgentMessage.BodyOneofCase.ScaleCommandDone:
                        var done = message.ScaleCommandDone;
                        events.Publish(new ScaleCommandAnswered(clock.UtcNow, station, done.Succeeded,
                            new FloorMessage(done.Succeeded ? "scale.command_done" : "scale.command_refused", Cut(done.Command, 20), Cut(done.Reason, 100))));
                        break;
                    case AgentMessage.BodyOneofCase.ScannerRefusal:
                        var refusal = message.ScannerRefusal;
                        log.LogWarning("Agent of {Station}: the scanner sent a line that is not a code ({Kind}: {Reason})", station, Cut(refusal.Kind, 20), Cut(refusal.Reason, 200));
                        events.Publish(new ScannerRefused(clock.UtcNow, station, Cut(refusal.Kind, 20)));
                        break;
                    default:
                        log.LogWarning("Agent of {Station} sent a message this server does not know ({Case}); ignored", station, message.BodyCase);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (session.Ending.IsCancellationRequested)
        {
        }
        finally
        {
            if (sessions.Remove(session)) health.AgentConnected(station, false);
            log.LogInformation("Agent of {Station} disconnected{Replaced}", station, session.Replaced ? " (replaced by a newer connection)" : "");
        }

        await Task.WhenAll(Quietly(weighing), Quietly(printing));
    }

    private async Task<ScanAck> ScanAsync(string station, Scan scan, CancellationToken ct)
    {
        var ack = new ScanAck { ScanId = scan.ScanId, Sequence = scan.Sequence };
        if (!ScanIds.IsValid(scan.ScanId))
        {
            // Acknowledged, so the agent does not send it forever; nothing is stored under a bad id.
            log.LogWarning("Agent of {Station} sent a scan with an unusable id; refused", station);
            ack.Outcome = nameof(ScanOutcome.Refused);
            ack.Message = "bad scan id";
            return ack;
        }

        if (await owners.OfAsync(station, ct) != DeviceOwner.Agent)
        {
            // Not acknowledged: the agent keeps the scan on disk. Ending the call tells it loudly.
            log.LogWarning("Scan from {Station}'s agent refused: the station is no longer set to Agent", station);
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"{station} is no longer set to Agent on the device page."));
        }
        var result = await pipeline.ScanAsync(new ScanRequest(station, scan.ScanId, scan.Code), ct);
        ack.Outcome = result.Outcome.ToString();
        ack.Message = FloorText.Translate(result.Message, FloorText.DefaultLanguage);
        return ack;
    }

    private async Task WeighAsync(string station, ChannelReader<Weight> weights, CancellationToken ct)
    {
        await foreach (var w in weights.ReadAllAsync(ct))
        {
            if (await owners.OfAsync(station, ct) != DeviceOwner.Agent) continue; // not this scale's station any more
            try
            {
                await pipeline.WeighAsync(station, AgentWeights.ToReading(w, clock.UtcNow), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Weight from {Station}'s agent was not taken", station);
            }
        }
    }

    private static Welcome Welcome(string station, StationDeviceSet d) => new()
    {
        StationCode = station,
        ScannerPath = d.ScannerPath ?? "",
        ScannerSuffix = d.ScannerSuffix,
        ScalePath = d.ScalePath ?? "",
        ScaleProtocol = d.ScaleProtocol,
        ScaleUnit = d.ScaleUnit,
        PrinterAddress = d.PrinterAddress ?? "",
        PrinterDpi = d.PrinterDpi,
        DocumentPrinterUri = d.DocumentPrinterUri ?? "",
    };

    internal static ServerMessage WelcomeMessage(string station, StationDeviceSet d) => new() { Welcome = Welcome(station, d) };

    private static string Cut(string s, int max) => ScanText.ForAudit(s.Length > max ? s[..max] : s);

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
        {
        }
    }
}
