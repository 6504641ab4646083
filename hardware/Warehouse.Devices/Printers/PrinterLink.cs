using System.Net.Sockets;
using Warehouse.Devices.DeviceFiles;

namespace Warehouse.Devices.Printers;

/// <summary>How bytes reach a printer: raw TCP, or a byte stream such as a USB printer class device.</summary>
public interface IPrinterLink
{
    /// <summary>Opens a fresh connection; the caller owns the stream.</summary>
    ValueTask<Stream> OpenAsync(CancellationToken cancellationToken);

    string Description { get; }
}

public static class PrinterLinks
{
    /// <summary>
    /// The link an address names: a device path (<c>/dev/usb/lp0</c>, not a tty, so not a serial port) as a
    /// byte stream, otherwise
    /// <c>host:port</c> (port 9100 when left out) on raw TCP.
    /// </summary>
    public static IPrinterLink For(string address)
    {
        if (address.StartsWith('/'))
        {
            return new StreamPrinterLink(
                _ => ValueTask.FromResult(DeviceFile.Open(address).AsStream(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10))),
                address);
        }

        var colon = address.LastIndexOf(':');
        return colon > 0 && int.TryParse(address[(colon + 1)..], out var port)
            ? new TcpPrinterLink(address[..colon], port)
            : new TcpPrinterLink(address);
    }
}

/// <summary>Raw TCP, usually port 9100.</summary>
public sealed record TcpPrinterLink(string Host, int Port = TcpPrinterLink.DefaultPort) : IPrinterLink
{
    public const int DefaultPort = 9100;

    public string Description => $"tcp://{Host}:{Port}";

    public async ValueTask<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(Host, Port, cancellationToken).ConfigureAwait(false);
            return new OwningStream(client.GetStream(), client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    // Disposing the NetworkStream alone would leave the TcpClient's socket to the finaliser.
    private sealed class OwningStream(NetworkStream inner, TcpClient owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>
/// Any byte stream (a USB printer class device, a pipe in tests). Its reads must honour
/// cancellation, or status timeouts cannot work: a <see cref="DeviceFile"/> stream does.
/// </summary>
public sealed class StreamPrinterLink(Func<CancellationToken, ValueTask<Stream>> open, string description) : IPrinterLink
{
    public string Description => description;

    public ValueTask<Stream> OpenAsync(CancellationToken cancellationToken) => open(cancellationToken);
}
