using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Warehouse.Devices.DocumentPrinters;

/// <summary>The printer answered, but with an IPP (or HTTP) error status: it did not do what was asked.</summary>
public sealed class IppRefusedException(short status, string message, bool temporary) : Exception(message)
{
    public short Status => status;

    /// <summary>Busy, paused or not taking jobs for now: the same request can be made again later.</summary>
    public bool Temporary => temporary;
}

/// <summary>No connection to the printer could be made: nothing reached it.</summary>
public sealed class IppUnreachableException(string message, Exception inner) : IOException(message, inner);

/// <summary>
/// Posts IPP requests to a printer (RFC 8010 §4: HTTP POST, <c>Content-Type: application/ipp</c>) and reads
/// its answers. Every call has the client's timeout; an answer that is not an IPP response to this very
/// request is refused (<see cref="IppFormatException"/>), never guessed at.
/// </summary>
public sealed class IppClient(HttpClient http)
{
    /// <summary>Printers answer their own job ids in a few hundred bytes; a megabyte is not an answer.</summary>
    public const int MaxAnswerBytes = 1 << 20;

    private int _requestId = Random.Shared.Next(1, 1 << 20);

    public int NextRequestId() => Interlocked.Increment(ref _requestId);

    public async Task<IppMessage> SendAsync(Uri url, IppMessage request, byte[]? document, CancellationToken ct)
    {
        using var content = new ByteArrayContent(IppEncoding.Write(request, document));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/ipp");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(url, content, ct);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException or null && e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new IppUnreachableException($"No connection to {url.Host}:{url.Port}: {e.InnerException?.Message ?? e.Message}", e);
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
