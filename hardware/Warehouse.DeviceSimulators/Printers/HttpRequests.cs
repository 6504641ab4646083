using System.Globalization;
using System.Text;

namespace Warehouse.DeviceSimulators.Printers;

/// <summary>Just enough HTTP/1.1 for a printer: one request with a Content-Length body per connection, answered and closed.</summary>
internal static class HttpRequests
{
    /// <summary>The body of a POST, or null for anything else (no Content-Length, chunked, too big, cut off).</summary>
    public static async Task<byte[]?> ReadBodyAsync(Stream stream, int maxHeader, int maxBody, CancellationToken ct)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (head.Count >= maxHeader || await stream.ReadAsync(one, ct) == 0) return null;
            head.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString([.. head]).Split("\r\n");
        if (!lines[0].StartsWith("POST ", StringComparison.Ordinal)) return null;
        var length = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.TryParse(p[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).DefaultIfEmpty(-1).First();
        if (length < 0 || length > maxBody) return null;
        var body = new byte[length];
        try { await stream.ReadExactlyAsync(body, ct); }
        catch (EndOfStreamException) { return null; }
        return body;
    }

    public static async Task AnswerAsync(Stream stream, int status, string contentType, byte[] body, CancellationToken ct)
    {
        var head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Bad Request")}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        await stream.WriteAsync(body, ct);
        await stream.FlushAsync(ct);
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';
}
