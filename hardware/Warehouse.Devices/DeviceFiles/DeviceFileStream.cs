namespace Warehouse.Devices.DeviceFiles;

/// <summary>
/// A Stream seam over a <see cref="DeviceFile"/> for code written against streams (printer links).
/// A read that gets nothing within the timeout throws <see cref="TimeoutException"/>, since 0 would mean end of stream.
/// </summary>
internal sealed class DeviceFileStream(DeviceFile device, TimeSpan readTimeout, TimeSpan writeTimeout, bool leaveOpen) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = device.Read(buffer, readTimeout);
        return n > 0 ? n : throw new TimeoutException($"{device.Path}: nothing read within {readTimeout.TotalMilliseconds:0} ms");
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n = await device.ReadAsync(buffer, readTimeout, cancellationToken).ConfigureAwait(false);
        return n > 0 ? n : throw new TimeoutException($"{device.Path}: nothing read within {readTimeout.TotalMilliseconds:0} ms");
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => device.Write(buffer.AsSpan(offset, count), writeTimeout);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(device.WriteAsync(buffer, writeTimeout, cancellationToken));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        device.WriteAsync(buffer.AsMemory(offset, count), writeTimeout, cancellationToken);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen) device.Dispose();
        base.Dispose(disposing);
    }
}
