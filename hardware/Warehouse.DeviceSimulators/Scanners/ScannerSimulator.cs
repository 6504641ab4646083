using System.Text;
using Warehouse.Devices.Scanners;
using Warehouse.DeviceSimulators.Terminals;

namespace Warehouse.DeviceSimulators.Scanners;

/// <summary>
/// A serial barcode scanner on a pseudo-terminal: "scans" codes, and can also send garbage,
/// overlong lines, half a line, and be unplugged and plugged back.
/// </summary>
public sealed class ScannerSimulator : IDisposable
{
    private readonly ScannerSimulatorOptions _options;
    private readonly SimulatedSerialPort _port;

    public ScannerSimulator(ScannerSimulatorOptions? options = null)
    {
        _options = options ?? new ScannerSimulatorOptions();
        _port = new SimulatedSerialPort("scanner", _options.Settings, _options.LinkPath);
    }

    /// <summary>The path a driver opens (stable across replugs).</summary>
    public string Path => _port.Path;

    public bool IsPlugged => _port.IsPlugged;

    /// <summary>Sends one code the way the scanner is configured: optional AIM identifier, data, suffix.</summary>
    public Task ScanAsync(string data, string? symbologyId = null, CancellationToken cancellationToken = default) =>
        SendAsync((byte[])[.. Encoding.UTF8.GetBytes((symbologyId ?? "") + data), .. ScannerSuffixBytes.Of(_options.Suffix)], cancellationToken);

    /// <summary>Bytes as they are, suffix or not.</summary>
    public Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
        _port.Terminal.WriteAsync(bytes, cancellationToken);

    /// <summary>Binary noise (as from a wrong baud rate), ended by a suffix so the driver sees a whole "line".</summary>
    public Task SendGarbageAsync(int length = 32, int seed = 1, CancellationToken cancellationToken = default)
    {
        var noise = new byte[length];
        new Random(seed).NextBytes(noise);
        noise[0] = 0x00; // make sure there is a control character
        byte suffixByte = ScannerSuffixBytes.Of(_options.Suffix)[^1];
        for (int i = 0; i < noise.Length; i++)
        {
            if (noise[i] == suffixByte) noise[i] = 0x01;
        }

        return SendAsync((byte[])[.. noise, .. ScannerSuffixBytes.Of(_options.Suffix)], cancellationToken);
    }

    /// <summary>A line of <paramref name="length"/> printable characters with a suffix at the end.</summary>
    public Task SendOverlongLineAsync(int length = 64 * 1024, CancellationToken cancellationToken = default) =>
        ScanAsync(new string('9', length), null, cancellationToken);

    /// <summary>Sends the start of a code and no suffix, as if the cable came out mid-transfer.</summary>
    public Task SendPartialAsync(string start, CancellationToken cancellationToken = default) =>
        SendAsync(Encoding.UTF8.GetBytes(start), cancellationToken);

    public void Unplug() => _port.Unplug();

    public void Plug() => _port.Plug();

    public void Dispose() => _port.Dispose();
}
