using System.Text;

namespace Warehouse.Devices.Scanners;

/// <summary>
/// Turns the scanner's byte stream into codes: cuts at the suffix, splits the AIM prefix, keeps GS,
/// and refuses overlong lines and control-character garbage instead of passing them on.
/// </summary>
public sealed class ScanLineFramer(SerialScannerOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private const byte GroupSeparator = 0x1D;
    private readonly List<byte> _line = [];
    private long _discarded;

    public bool HasPartialLine => _line.Count > 0 || _discarded > 0;

    public IReadOnlyList<ScannerEvent> Feed(ReadOnlySpan<byte> bytes, DateTimeOffset now)
    {
        var events = new List<ScannerEvent>();
        byte terminator = options.Suffix switch
        {
            ScannerSuffix.CarriageReturn => (byte)'\r',
            ScannerSuffix.Tab => (byte)'\t',
            _ => (byte)'\n',
        };

        foreach (byte b in bytes)
        {
            if (b == terminator)
            {
                if (Finish(now) is { } e) events.Add(e);
                continue;
            }

            if (_discarded > 0)
            {
                _discarded++;
                continue;
            }

            // A CR or LF left over from a scanner sending CR LF where one was expected is not a scan.
            if (_line.Count == 0 && b is (byte)'\r' or (byte)'\n') continue;

            _line.Add(b);
            if (_line.Count > options.MaxLineLength + (options.Suffix == ScannerSuffix.CarriageReturnLineFeed ? 1 : 0))
            {
                // Keep only a count: a stuck or hostile device must not grow our memory.
                _discarded = _line.Count;
                _line.Clear();
            }
        }

        return events;
    }

    /// <summary>Drops a half-received line (device gone, or the rest never came); a gone device is reported even without one.</summary>
    public ScannerFault? Abandon(ScannerFaultKind kind, string reason, DateTimeOffset now)
    {
        bool had = HasPartialLine;
        long length = _line.Count + _discarded;
        _line.Clear();
        _discarded = 0;
        if (had) return new ScannerFault(kind, $"{reason}; {length} bytes dropped", now);
        return kind == ScannerFaultKind.DeviceGone ? new ScannerFault(kind, reason, now) : null;
    }

    private ScannerEvent? Finish(DateTimeOffset now)
    {
        if (_discarded > 0)
        {
            var tooLong = new ScannerFault(ScannerFaultKind.LineTooLong, $"line of {_discarded} bytes is longer than {options.MaxLineLength}", now);
            _discarded = 0;
            return tooLong;
        }

        var line = _line.ToArray();
        _line.Clear();
        int length = line.Length;
        if (options.Suffix == ScannerSuffix.CarriageReturnLineFeed && length > 0 && line[^1] == '\r') length--;
        if (length == 0) return null; // a bare suffix (a scanner set to CR LF when we expect LF, say) is not a scan
        var body = line.AsSpan(0, length);

        foreach (byte b in body)
        {
            if ((b < 0x20 && b != GroupSeparator) || b == 0x7F)
                return Garbage($"control character 0x{b:X2}", body, now);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Garbage("not valid UTF-8", body, now);
        }

        string? symbology = null;
        if (options.SplitAimPrefix && text.Length >= 3 && text[0] == ']' && char.IsAsciiLetter(text[1]) && char.IsAsciiLetterOrDigit(text[2]))
        {
            symbology = text[..3];
            text = text[3..];
        }

        return new ScannedCode(text, symbology, now);
    }

    private static ScannerFault Garbage(string why, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        string sample = Convert.ToHexString(body[..Math.Min(body.Length, 16)]);
        return new ScannerFault(ScannerFaultKind.Garbage, $"{why} in a line of {body.Length} bytes (starts {sample})", now);
    }
}
