using System.IO.Pipelines;
using System.Text;

namespace Warehouse.Devices.Tests.Serial;

/// <summary>
/// A device at the far end of an in-memory stream, no pseudo-terminal: what it sends, the driver
/// reads from <see cref="DriverSide"/>; what the driver writes there, it receives.
/// </summary>
internal sealed class StreamDevice
{
    private readonly Pipe _toDriver = new();
    private readonly Pipe _fromDriver = new();

    public StreamDevice()
    {
        DriverSide = new DuplexStream(_toDriver.Reader.AsStream(), _fromDriver.Writer.AsStream());
    }

    public DuplexStream DriverSide { get; }

    public async Task SendAsync(string text, CancellationToken cancellationToken = default) =>
        await _toDriver.Writer.WriteAsync(Encoding.Latin1.GetBytes(text), cancellationToken);

    /// <summary>What the driver wrote, as it comes (one read's worth).</summary>
    public async Task<string> ReceiveAsync(CancellationToken cancellationToken)
    {
        var result = await _fromDriver.Reader.ReadAsync(cancellationToken);
        string text = Encoding.Latin1.GetString(result.Buffer);
        _fromDriver.Reader.AdvanceTo(result.Buffer.End);
        return text;
    }

    /// <summary>Answers every line the driver sends with <paramref name="answer"/>, until cancelled or unplugged.</summary>
    public async Task AnswerEachLineAsync(Func<string, string?> answer, CancellationToken cancellationToken)
    {
        var pending = new StringBuilder();
        while (!cancellationToken.IsCancellationRequested)
        {
            pending.Append(await ReceiveAsync(cancellationToken));
            int end;
            while ((end = pending.ToString().IndexOf('\n')) >= 0)
            {
                string command = pending.ToString(0, end).TrimEnd('\r');
                pending.Remove(0, end + 1);
                if (answer(command) is { } reply) await SendAsync(reply, cancellationToken);
            }
        }
    }

    /// <summary>The cable comes out: the driver reads the end of the stream.</summary>
    public void Unplug() => _toDriver.Writer.Complete();

    /// <summary>One stream made of a read side and a write side; records whether it was disposed.</summary>
    internal sealed class DuplexStream(Stream read, Stream write) : Stream
    {
        public bool Disposed { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => write.Flush();
        public override int Read(byte[] buffer, int offset, int count) => read.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => read.ReadAsync(buffer, cancellationToken);
        public override void Write(byte[] buffer, int offset, int count) => write.Write(buffer, offset, count);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => write.WriteAsync(buffer, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !Disposed)
            {
                Disposed = true;
                read.Dispose();
                write.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
