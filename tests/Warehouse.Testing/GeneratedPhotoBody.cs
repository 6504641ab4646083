using System.Net;
using System.Net.Http.Headers;

namespace Warehouse.Testing;

/// <summary>
/// A request body of any size that starts like a JPEG, made as it is sent (never all in memory),
/// counting what left; chunked unless <c>declared</c>. For the size cap of photo uploads.
/// </summary>
public sealed class GeneratedPhotoBody : HttpContent
{
    private readonly long _length;
    private readonly bool _declared;

    public GeneratedPhotoBody(long length, bool declared)
    {
        (_length, _declared) = (length, declared);
        Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
    }

    /// <summary>The bytes the server took (or the sockets buffered) before it answered.</summary>
    public long Sent { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        chunk[0] = 0xFF; chunk[1] = 0xD8; chunk[2] = 0xFF;
        try
        {
            while (Sent < _length)
            {
                var n = (int)Math.Min(chunk.Length, _length - Sent);
                await stream.WriteAsync(chunk.AsMemory(0, n));
                Sent += n;
                chunk[0] = chunk[1] = chunk[2] = 0;
            }
        }
        catch (IOException)
        {
            // The server answered and closed its side: the rest was never wanted.
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return _declared;
    }
}
