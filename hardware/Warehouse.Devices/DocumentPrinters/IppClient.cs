using System.Net.Http.Headers;
using System.Net.Sockets;
using Warehouse.Devices.Printers;

namespace Warehouse.Devices.DocumentPrinters;

/// <summary>The printer answered, but with an IPP (or HTTP) error status: it did not do what was asked.</summary>
public sealed class IppRefusedException(short status, string message, bool temporary) : Exception(message)
{
    public short Status => status;

    /// <summary>Busy, paused or not taking jobs for now: the same request can be made again later.</summary>
    public bool Temporary => temporary;
}

/// <summary>No connection to the printer could be made (or its certificate was not trusted): nothing reached it.</summary>
public sealed class IppUnreachableException(string message, Exception inner) : IOException(message, inner);

/// <summary>
/// Posts IPP requests to a printer (RFC 8010 §4: HTTP POST, <c>Content-Type: application/ipp</c>) and reads
/// its answers. Every call has the client's timeout; an answer that is not an IPP response to this very
/// request is refused (<see cref="IppFormatException"/>), never guessed at.
/// </summary>
public sealed class IppClient(IppConnections connections)
{
    /// <summary>Printers answer their own job ids in a few hundred bytes; a megabyte is not an answer.</summary>
    public const int MaxAnswerBytes = 1 << 20;

    private int _requestId = Random.Shared.Next(1, 1 << 20);

    public int NextRequestId() => Interlocked.Increment(ref _requestId);

    public async Task<IppMessage> SendAsync(DocumentPrinterUri printer, IppMessage request, byte[]? document, CancellationToken ct)
    {
        var url = printer.HttpUri;
        using var content = new ByteArrayContent(IppEncoding.Write(request, document));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/ipp");
        using var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await connections.For(printer.CertificateSha256).SendAsync(post, ct);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException or null && e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new IppUnreachableException($"No connection to {url.Host}:{url.Port}: {e.InnerException?.Message ?? e.Message}", e);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            // The TLS handshake failed before any byte of the request went: nothing reached the printer.
            throw new IppUnreachableException(Untrusted(printer, connections.RefusedCertificate(printer.Host), e), e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new IppRefusedException(0, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", temporary: (int)response.StatusCode >= 500);
            if (response.Content.Headers.ContentLength is > MaxAnswerBytes) throw new IppFormatException($"An answer of {response.Content.Headers.ContentLength} bytes.");
            var bytes = await ReadAsync(response.Content, ct);
            var (answer, _) = IppEncoding.Read(bytes);
            if (answer.RequestId != request.RequestId) throw new IppFormatException($"The answer is to request {answer.RequestId}, not {request.RequestId}.");
            if (!IppStatus.IsSuccessful(answer.Code))
            {
                var said = answer.Find(IppGroupTag.Operation, "status-message")?.First.AsText();
                throw new IppRefusedException(answer.Code, said is { Length: > 0 } ? $"{IppStatus.Name(answer.Code)}: {said}" : IppStatus.Name(answer.Code), IppStatus.IsTemporary(answer.Code));
            }
            return answer;
        }
    }

    /// <summary>
    /// The printer's health from <c>Get-Printer-Attributes</c> (RFC 8011 §4.2.5), with the timeout and the certificate
    /// pin of every other call. Never throws for what the printer does or says: no connection, a certificate not
    /// trusted or no answer in time is <see cref="PrinterStatusReport.FaultedOrUnreachable"/>; a refusal or an
    /// answer that is not a printer's state is <see cref="PrinterStatusReport.Unintelligible"/> with the reason.
    /// </summary>
    public async Task<PrinterStatusReport> GetPrinterStatusAsync(DocumentPrinterUri printer, CancellationToken ct)
    {
        var request = IppRequests.GetPrinterAttributes(NextRequestId(), printer.PrinterUri, DocumentJobRules.UserName);
        try
        {
            var answer = await SendAsync(printer, request, null, ct);
            return IppPrinterStatus.TryRead(answer, out var status, out var problem)
                ? new PrinterStatusReport.AnsweredOverIpp(status!, DateTimeOffset.UtcNow)
                : new PrinterStatusReport.Unintelligible(IppStatus.Name(answer.Code), problem!, DateTimeOffset.UtcNow);
        }
        catch (IppUnreachableException e)
        {
            return new PrinterStatusReport.FaultedOrUnreachable(e.Message, DateTimeOffset.UtcNow);
        }
        catch (IppRefusedException e)
        {
            return new PrinterStatusReport.Unintelligible(IppStatus.Name(e.Status), $"printer refused Get-Printer-Attributes: {e.Message}", DateTimeOffset.UtcNow);
        }
        catch (IppFormatException e)
        {
            return new PrinterStatusReport.Unintelligible("", e.Message, DateTimeOffset.UtcNow);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var reason = e is TaskCanceledException ? $"no answer from {printer.Host}:{printer.Port} in time" : $"connection to {printer.Host}:{printer.Port} broke: {e.Message}";
            return new PrinterStatusReport.FaultedOrUnreachable(reason, DateTimeOffset.UtcNow);
        }
    }

    // Short: the reason is kept in 200 characters, and the admin needs the whole fingerprint to compare.
    private static string Untrusted(DocumentPrinterUri printer, string? presented, HttpRequestException e) => presented is null
        ? $"No secure connection to {printer.Host}:{printer.Port}: {e.InnerException?.Message ?? e.Message}"
        : printer.CertificateSha256 is null
            ? $"certificate not signed by a trusted authority; if the printer's page shows it, pin it: #sha256={presented}"
            : $"not the pinned certificate; the printer's is {presented}";

    private static async Task<byte[]> ReadAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxAnswerBytes) throw new IppFormatException($"An answer over {MaxAnswerBytes} bytes.");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
