using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Support;

/// <summary>
/// What every SOAP carrier stand-in does around its own answers: listens on loopback, records each call
/// (operation, envelope, SOAPAction, content type), lets a test answer an operation itself, and can lose or
/// delay the answer to the call that creates — after the stand-in has registered it. The carriers' settings
/// point at it.
/// </summary>
public abstract class SoapStandIn : IDisposable
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>The per-call timeout the carriers are given (InPost's stand-in's), and a delay that outlasts it.</summary>
    public static readonly TimeSpan CallTimeout = Shipping.ShipXLoopback.CallTimeout;
    public static readonly TimeSpan SlowerThanTheTimeout = Shipping.ShipXLoopback.SlowerThanTheTimeout;

    private readonly LoopbackHttp _server;

    protected SoapStandIn(string pathAndQuery)
    {
        _server = new LoopbackHttp(HandleAsync);
        BaseUrl = new Uri(_server.Root, pathAndQuery);
    }

    public Uri BaseUrl { get; }

    /// <summary>http://127.0.0.1:port/, for a stand-in that serves a second path.</summary>
    protected Uri Root => _server.Root;

    /// <summary>Every call: the operation (the Body's first element) and the envelope as sent.</summary>
    public ConcurrentQueue<(string Operation, string Envelope, string? SoapAction, string? ContentType)> Seen { get; } = new();

    /// <summary>A test's own answer for an operation; null lets the stand-in answer.</summary>
    public Func<string, (int Status, string Body, string ContentType)?>? Override { get; set; }

    /// <summary>Register, then drop the connection without an answer ("created, but the answer was lost").</summary>
    public bool DropAfterCreate { get; set; }

    /// <summary>Register, then wait this long before answering.</summary>
    public TimeSpan CreateDelay { get; set; }

    public int Count(string operation) => Seen.Count(s => s.Operation == operation);

    /// <summary>A SOAP fault as PHP's SoapServer writes it (DHL24, GLS ADE): a bare faultcode and the carrier's words.</summary>
    public static string PhpFault(string code, string message) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><SOAP-ENV:Fault>"
        + $"<faultcode>{Xml(code)}</faultcode><faultstring>{Xml(message)}</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>";

    /// <summary>An answer as PHP's SoapServer frames it: the response element prefixed ns1 in the service's namespace, <paramref name="inside"/> unqualified.</summary>
    public static string PhpAnswer(XNamespace service, string operation, string inside) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        + $"xmlns:ns1=\"{service.NamespaceName}\"><SOAP-ENV:Body><ns1:{operation}Response>{inside}</ns1:{operation}Response></SOAP-ENV:Body></SOAP-ENV:Envelope>";

    /// <summary>Text escaped for an answer written as a string.</summary>
    protected static string Xml(string? text) => text is null ? "" : new XText(text).ToString();

    /// <summary>The operation whose answer <see cref="DropAfterCreate"/> and <see cref="CreateDelay"/> lose or delay.</summary>
    protected abstract string CreateOperation { get; }

    /// <summary>The carrier's answer to one call (its Body's first element): status and body, text/xml (a 404 as HTML).</summary>
    protected abstract Task<(int Status, string Body)> AnswerAsync(HttpListenerRequest request, XElement call);

    /// <summary>The live carrier's services with this stand-in's address, the per-call timeout and a short retry delay.</summary>
    protected IServiceProvider Carriers(string code, IEnumerable<(string Key, string Value)> settings)
    {
        var all = new Dictionary<string, string?>
        {
            [$"Shipping:Carriers:{code}:Mode"] = "Live",
            [$"Shipping:Carriers:{code}:BaseUrl"] = BaseUrl.AbsoluteUri,
            [$"Shipping:Carriers:{code}:CallTimeout"] = CallTimeout.ToString("c", CultureInfo.InvariantCulture),
            [$"Shipping:Carriers:{code}:RetryDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings) all[key] = value;
        return new ServiceCollection().AddLogging().AddShipping(new ConfigurationBuilder().AddInMemoryCollection(all).Build()).BuildServiceProvider();
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync();
        var call = XDocument.Parse(body).Root!.Element(Soap + "Body")!.Elements().First();
        var operation = call.Name.LocalName;
        Seen.Enqueue((operation, body, request.Headers["SOAPAction"], request.ContentType));
        try
        {
            if (Override?.Invoke(operation) is { } own) { await LoopbackHttp.WriteAsync(context, own.Status, own.Body, own.ContentType); return; }
            var (status, answer) = await AnswerAsync(request, call);
            if (operation == CreateOperation && DropAfterCreate) { context.Response.Abort(); return; }
            if (operation == CreateOperation && CreateDelay > TimeSpan.Zero) await Task.Delay(CreateDelay);
            await LoopbackHttp.WriteAsync(context, status, answer, status == 404 ? "text/html" : "text/xml; charset=utf-8");
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // the client gave up (its timeout): nothing to answer
        }
    }

    public void Dispose()
    {
        _server.Dispose();
        GC.SuppressFinalize(this);
    }
}
