using System.Globalization;
using System.Text;

namespace Warehouse.StationAgent.Journal;

/// <summary>
/// The scans the server has not confirmed yet, on disk and in order. A scan is appended and
/// flushed to the disk before the agent does anything else with it, so a power cut or a killed
/// agent loses nothing that was read; the server's acknowledgement moves the "acked" mark, and
/// the file is emptied once everything in it is acknowledged.
/// </summary>
/// <remarks>
/// One line per scan: <c>sequence TAB scan-id TAB unix-ms TAB base64(code)</c>. Base64 keeps GS,
/// tabs and newlines of the code out of the framing. The acked mark lives in its own small file,
/// replaced atomically, together with the next sequence number so ids never repeat.
/// </remarks>
public sealed class ScanJournal : IDisposable
{
    private const string LogName = "scans.log";
    private const string AckedName = "scans.acked";
    private const long CompactAbove = 1 << 20;

    private readonly string _folder;
    private readonly string _idPrefix;
    private readonly Lock _gate = new();
    private readonly List<JournalScan> _pending;
    private readonly FileStream _log;
    private long _acked;
    private long _lastSequence;
    private TaskCompletionSource _appended = NewSignal();

    private ScanJournal(string folder, string idPrefix, FileStream log, long acked, long lastSequence, List<JournalScan> pending)
    {
        _folder = folder;
        _idPrefix = idPrefix;
        _log = log;
        _acked = acked;
        _lastSequence = lastSequence;
        _pending = pending;
    }

    /// <summary>Opens (or creates) the journal in <paramref name="folder"/>; scan ids start with <paramref name="idPrefix"/>.</summary>
    public static ScanJournal Open(string folder, string idPrefix)
    {
        Directory.CreateDirectory(folder);
        var (acked, next) = ReadMark(Path.Combine(folder, AckedName));
        var logPath = Path.Combine(folder, LogName);
        var pending = new List<JournalScan>();
        long last = Math.Max(acked, next - 1);
        long keep = 0;
        if (File.Exists(logPath))
        {
            var bytes = File.ReadAllBytes(logPath);
            int start = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] != (byte)'\n') continue;
                if (TryParse(Encoding.UTF8.GetString(bytes, start, i - start), out var scan))
                {
                    last = Math.Max(last, scan.Sequence);
                    if (scan.Sequence > acked) pending.Add(scan);
                }

                start = i + 1;
            }

            // A line cut short by a crash was never acknowledged to anyone: drop it, or the next
            // append would be glued onto it.
            keep = start;
        }

        var log = new FileStream(logPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        log.SetLength(keep);
        log.Seek(0, SeekOrigin.End);
        pending.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return new ScanJournal(folder, idPrefix, log, acked, last, pending);
    }

    /// <summary>The highest sequence the server has confirmed.</summary>
    public long Acked
    {
        get { lock (_gate) return _acked; }
    }

    public int Waiting
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>Stores a scan durably and returns it with its sequence and id.</summary>
    public JournalScan Append(string code, DateTimeOffset scannedAt)
    {
        lock (_gate)
        {
            var sequence = _lastSequence + 1;
            var scan = new JournalScan(sequence, $"{_idPrefix}-{sequence}", code, scannedAt);
            var line = string.Join('\t',
                sequence.ToString(CultureInfo.InvariantCulture), scan.ScanId,
                scannedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                Convert.ToBase64String(Encoding.UTF8.GetBytes(code))) + "\n";
            _log.Write(Encoding.UTF8.GetBytes(line));
            _log.Flush(flushToDisk: true);
            _lastSequence = sequence;
            _pending.Add(scan);
            _appended.TrySetResult();
            _appended = NewSignal();
            return scan;
        }
    }

    /// <summary>Unconfirmed scans after <paramref name="sequence"/>, in order.</summary>
    public IReadOnlyList<JournalScan> After(long sequence)
    {
        lock (_gate) return _pending.Where(s => s.Sequence > sequence).ToList();
    }

    /// <summary>Completes when a scan after <paramref name="sequence"/> is there.</summary>
    public Task WaitForMoreAsync(long sequence, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lastSequence > sequence) return Task.CompletedTask;
            return _appended.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The server has stored every scan up to <paramref name="sequence"/>.</summary>
    public void Ack(long sequence)
    {
        lock (_gate)
        {
            if (sequence <= _acked) return;
            _acked = Math.Min(sequence, _lastSequence);
            _pending.RemoveAll(s => s.Sequence <= _acked);
            WriteMark();
            if (_pending.Count == 0 && _log.Length > CompactAbove)
            {
                _log.SetLength(0);
                _log.Flush(flushToDisk: true);
            }
        }
    }

    private void WriteMark()
    {
        var path = Path.Combine(_folder, AckedName);
        var temp = path + ".tmp";
        using (var f = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            f.Write(Encoding.ASCII.GetBytes(FormattableString.Invariant($"{_acked} {_lastSequence + 1}\n")));
            f.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static (long Acked, long Next) ReadMark(string path)
    {
        if (!File.Exists(path)) return (0, 1);
        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var acked)
               && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var next)
            ? (acked, next)
            : throw new InvalidDataException($"{path} is damaged: it should hold two numbers, the last acknowledged scan and the next sequence.");
    }

    private static bool TryParse(string line, out JournalScan scan)
    {
        scan = null!;
        var f = line.Split('\t');
        if (f.Length != 4
            || !long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || !long.TryParse(f[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms))
            return false;
        try
        {
            scan = new JournalScan(sequence, f[1], Encoding.UTF8.GetString(Convert.FromBase64String(f[3])), DateTimeOffset.FromUnixTimeMilliseconds(ms));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose()
    {
        lock (_gate) _log.Dispose();
    }
}
