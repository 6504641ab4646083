using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.DeviceSimulators.Printers;

/// <summary>
/// An IPP Everywhere document printer on a real HTTP socket (127.0.0.1): it parses each request's bytes,
/// checks the version, the operation, the order of the first attributes and that a Print-Job carries
/// <c>application/pdf</c> whose bytes start <c>%PDF-</c>, and answers with job ids and job states. A job
/// answers <c>processing</c> to Print-Job and <c>completed</c> when it is next asked after (held while
/// <see cref="HoldJobs"/>). It reports its <see cref="Condition"/> (idle, out of paper, jammed, stopped) to
/// Get-Printer-Attributes, and can be told to abort the next job, answer garbage, given bytes, or slowly.
/// </summary>
public sealed class IppPrinterSimulator : IAsyncDisposable
{
    public const string Path = "/ipp/print";
    private const int MaxHeaderBytes = 16 * 1024;
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<SimulatedDocument> _jobs = [];
    private readonly List<string> _refused = [];
    private Task? _accepting;
    private string? _abortNext;
    private int _nextJobId = 100;

    private X509Certificate2? _certificate;

    public static IppPrinterSimulator Start() => Start(null);

    /// <summary>
    /// An <c>ipps://</c> printer with a certificate it made itself, as office printers come: no authority
    /// signed it, so a client trusts it only when its fingerprint (<see cref="CertificateSha256"/>) is pinned.
    /// </summary>
    public static IppPrinterSimulator StartSecure() => Start(SelfSigned());

    private static IppPrinterSimulator Start(X509Certificate2? certificate)
    {
        var printer = new IppPrinterSimulator { _certificate = certificate };
        printer._listener.Start();
        printer._accepting = printer.AcceptAsync(printer._stopping.Token);
        return printer;
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Uri => $"{(_certificate is null ? "ipp" : "ipps")}://127.0.0.1:{Port}{Path}";

    /// <summary>The SHA-256 fingerprint of an <c>ipps://</c> printer's certificate, as its own page shows it.</summary>
    public string? CertificateSha256 => _certificate is null ? null : Convert.ToHexString(_certificate.GetCertHash(HashAlgorithmName.SHA256));

    /// <summary>Jobs stay <c>processing</c> (a long print, a printer waiting for paper) instead of completing.</summary>
    public bool HoldJobs { get; set; }

    /// <summary>Answers every request with bytes that are not IPP (the job itself is still taken).</summary>
    public bool AnswerGarbage { get; set; }

    /// <summary>What it answers to Get-Printer-Attributes; jobs are taken whatever it says, as a test needs.</summary>
    public SimulatedIppCondition Condition { get; set; }

    /// <summary>Answers every request with exactly these bytes (a hostile or broken printer), when set.</summary>
    public byte[]? AnswerBytes { get; set; }

    /// <summary>How long each answer waits after its request has been read.</summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>Every job taken, in order.</summary>
    public IReadOnlyList<SimulatedDocument> Jobs { get { lock (_gate) return [.. _jobs]; } }

    /// <summary>Why each refused request was refused (the client's mistakes).</summary>
    public IReadOnlyList<string> Refused { get { lock (_gate) return [.. _refused]; } }

    public event Action<SimulatedDocument>? DocumentReceived;

    /// <summary>The next job ends <c>aborted</c> with this <c>job-state-reasons</c>, as a jam or a broken PDF would end it.</summary>
    public void AbortNext(string reason) { lock (_gate) _abortNext = reason; }

    private async Task AcceptAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(stopping); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            _ = ServeAsync(client, stopping);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        using var _ = client;
        try
        {
            await using var tls = _certificate is null ? null : new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
            if (tls is not null) await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, stopping);
            var stream = tls ?? (Stream)client.GetStream();
            var body = await HttpRequests.ReadBodyAsync(stream, MaxHeaderBytes, MaxBodyBytes, stopping);
            if (body is null)
            {
                await HttpRequests.AnswerAsync(stream, 400, "text/plain", "bad request"u8.ToArray(), stopping);
                return;
            }
            var answer = Answer(body);
            if (AnswerDelay > TimeSpan.Zero) await Task.Delay(AnswerDelay, stopping);
            if (AnswerGarbage) answer = Encoding.ASCII.GetBytes("<html>502 Bad Gateway</html>");
            if (AnswerBytes is { } bytes) answer = bytes;
            await HttpRequests.AnswerAsync(stream, 200, "application/ipp", answer, stopping);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException or AuthenticationException) { }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1, O=IPP printer simulator", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        // Through PKCS#12: SslStream wants a certificate whose key it can use as the server's.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }

    private byte[] Answer(byte[] body)
    {
        IppMessage request;
        int dataOffset;
        try { (request, dataOffset) = IppEncoding.Read(body); }
        catch (IppFormatException e) { return Refuse(new IppMessage(2, 0, 0, 0, []), 0x0400, e.Message); }
        if ((request.Major, request.Minor) is not ((1, 1) or (2, 0))) return Refuse(request, 0x0503, $"version {request.Major}.{request.Minor}");
        var operation = request.Groups.FirstOrDefault(g => g.Tag == IppGroupTag.Operation)?.Attributes ?? [];
        string[] first = ["attributes-charset", "attributes-natural-language", "printer-uri"];
        if (operation.Count < 3 || !operation.Take(3).Select(a => a.Name).SequenceEqual(first) || operation[0].First.AsText() != "utf-8")
            return Refuse(request, 0x0400, "attributes-charset, attributes-natural-language and printer-uri come first");
        return (IppOperation)request.Code switch
        {
            IppOperation.PrintJob => PrintJob(request, body.AsSpan(dataOffset)),
            IppOperation.GetJobAttributes => GetJobAttributes(request),
            IppOperation.GetJobs => Respond(request, 0, [.. Snapshot().Select(JobGroup)]),
            IppOperation.GetPrinterAttributes => Respond(request, 0, [SimulatedIppAttributes.Group(Condition)]),
            _ => Refuse(request, 0x0501, $"operation 0x{request.Code:x4}"),
        };
    }

    private byte[] PrintJob(IppMessage request, ReadOnlySpan<byte> document)
    {
        var format = request.Find(IppGroupTag.Operation, "document-format");
        if (format?.First.Tag != IppValueTag.MimeMediaType || format.First.AsText() != "application/pdf") return Refuse(request, 0x040A, "document-format is not application/pdf");
        if (request.Find(IppGroupTag.Operation, "job-name") is not { } name || name.First.AsText().Length == 0) return Refuse(request, 0x0400, "no job-name");
        if (!document.StartsWith("%PDF-"u8)) return Refuse(request, 0x040A, "the document is not a PDF");
        SimulatedDocument job;
        lock (_gate)
        {
            job = _abortNext is { } reason
                ? new SimulatedDocument(++_nextJobId, name.First.AsText(), document.ToArray(), DateTimeOffset.UtcNow, IppJobState.Aborted, reason, "The printer stopped the job.")
                : new SimulatedDocument(++_nextJobId, name.First.AsText(), document.ToArray(), DateTimeOffset.UtcNow, IppJobState.Processing, "job-printing");
            _abortNext = null;
            _jobs.Add(job);
        }
        DocumentReceived?.Invoke(job);
        return Respond(request, 0, [JobGroup(job)]);
    }

    private byte[] GetJobAttributes(IppMessage request)
    {
        var id = request.Find(IppGroupTag.Operation, "job-id")?.First.AsInteger();
        lock (_gate)
        {
            var index = _jobs.FindIndex(j => j.JobId == id);
            if (index < 0) return Refuse(request, IppStatus.ClientErrorNotFound, $"no job {id}");
            if (_jobs[index].State == IppJobState.Processing && !HoldJobs) _jobs[index] = _jobs[index] with { State = IppJobState.Completed, Reasons = "job-completed-successfully" };
            return Respond(request, 0, [JobGroup(_jobs[index])]);
        }
    }

    private List<SimulatedDocument> Snapshot() { lock (_gate) return [.. _jobs]; }

    private static IppGroup JobGroup(SimulatedDocument job) => new(IppGroupTag.Job,
    [
        new IppAttribute("job-id", IppValue.Integer(job.JobId)),
        new IppAttribute("job-name", IppValue.Text(IppValueTag.NameWithoutLanguage, job.Name)),
        new IppAttribute("job-state", IppValue.Integer((int)job.State, IppValueTag.Enum)),
        new IppAttribute("job-state-reasons", IppValue.Text(IppValueTag.Keyword, job.Reasons)),
        .. job.Message.Length > 0 ? [new IppAttribute("job-state-message", IppValue.Text(IppValueTag.TextWithoutLanguage, job.Message))] : Array.Empty<IppAttribute>(),
    ]);

    private byte[] Refuse(IppMessage request, short status, string why)
    {
        lock (_gate) _refused.Add(why);
        return Respond(request, status, [], why);
    }

    private static byte[] Respond(IppMessage request, short status, IReadOnlyList<IppGroup> groups, string? message = null) => IppEncoding.Write(new IppMessage(1, 1, status, request.RequestId,
    [
        new IppGroup(IppGroupTag.Operation,
        [
            new IppAttribute("attributes-charset", IppValue.Text(IppValueTag.Charset, "utf-8")),
            new IppAttribute("attributes-natural-language", IppValue.Text(IppValueTag.NaturalLanguage, "en")),
            new IppAttribute("status-message", IppValue.Text(IppValueTag.TextWithoutLanguage, message ?? IppStatus.Name(status))),
        ]),
        .. groups,
    ]));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        if (_accepting is not null) await _accepting;
        _stopping.Dispose();
        _certificate?.Dispose();
    }
}
