using System.Text;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Serial;
using Warehouse.DeviceSimulators.Terminals;

namespace Warehouse.DeviceSimulators.Scales;

/// <summary>
/// A shipping scale on a pseudo-terminal speaking MT-SICS or Toledo 8217. Put a load on it and it
/// moves for <see cref="ScaleSimulatorOptions.SettleTime"/> before settling; it can be overloaded,
/// underloaded, silent, made to answer nonsense, and unplugged.
/// </summary>
public sealed class ScaleSimulator : IDisposable
{
    private readonly ScaleSimulatorOptions _options;
    private readonly SimulatedSerialPort _port;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;
    private readonly Task _answering;
    private int _grossGrams;
    private int _zeroGrams;
    private int _tareGrams;
    private DateTimeOffset _settledAt;
    private bool _forcedMotion, _overload, _underload, _silent;
    private string? _nonsense;

    public ScaleSimulator(ScaleSimulatorOptions? options = null)
    {
        _options = options ?? new ScaleSimulatorOptions();
        _port = new SimulatedSerialPort("scale", _options.Protocol.Settings, _options.LinkPath);
        _answering = Task.Run(() => AnswerAsync(_stopping.Token));
    }

    public string Path => _port.Path;

    public ScaleProtocol Protocol => _options.Protocol;

    /// <summary>Puts a load on the scale (gross grams); it moves for a while, then settles.</summary>
    public void SetWeight(int grams)
    {
        lock (_gate)
        {
            if (grams != _grossGrams) _settledAt = _options.Clock.GetUtcNow() + _options.SettleTime;
            _grossGrams = grams;
        }
    }

    /// <summary>Forgets zero and tare, as switching the scale off and on does.</summary>
    public void Restart() { lock (_gate) (_zeroGrams, _tareGrams) = (0, 0); }

    /// <summary>Keeps the scale moving (someone leaning on the parcel) until turned off.</summary>
    public void SetMotion(bool on) { lock (_gate) _forcedMotion = on; }

    public void SetOverload(bool on) { lock (_gate) _overload = on; }

    public void SetUnderload(bool on) { lock (_gate) _underload = on; }

    /// <summary>A silent scale hears commands and answers none.</summary>
    public void SetSilent(bool on) { lock (_gate) _silent = on; }

    /// <summary>Answers every command with this text instead (null for proper answers).</summary>
    public void AnswerNonsense(string? text) { lock (_gate) _nonsense = text; }

    public void Unplug() => _port.Unplug();

    public void Plug() => _port.Plug();

    public ScaleDisplay Display
    {
        get
        {
            lock (_gate)
            {
                int net = _grossGrams - _zeroGrams - _tareGrams;
                bool moving = _forcedMotion || _options.Clock.GetUtcNow() < _settledAt;
                return new ScaleDisplay(net, moving, _overload || _grossGrams - _zeroGrams > _options.CapacityGrams, _underload || net < -20);
            }
        }
    }

    private async Task AnswerAsync(CancellationToken stopping)
    {
        var buffer = new byte[256];
        var command = new StringBuilder();
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (!_port.IsPlugged)
                {
                    await Task.Delay(20, stopping).ConfigureAwait(false);
                    continue;
                }

                var terminal = _port.Terminal;
                int n = await terminal.ReadAsync(buffer, TimeSpan.FromMilliseconds(200), stopping).ConfigureAwait(false);
                foreach (char c in Encoding.ASCII.GetString(buffer, 0, n))
                {
                    string? done = Take(command, c);
                    if (done is null) continue;
                    string? answer = Answer(done);
                    if (answer is not null) await terminal.WriteAsync(Encoding.Latin1.GetBytes(answer), stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or TimeoutException)
            {
                command.Clear(); // unplugged meanwhile: start over on the next terminal
            }
        }
    }

    // MT-SICS commands end in CR LF; 8217 commands are single letters.
    private string? Take(StringBuilder command, char c)
    {
        if (_options.Protocol == ScaleProtocol.Toledo8217) return c is '\r' or '\n' ? null : c.ToString();
        if (c == '\r') return null;
        if (c != '\n') { command.Append(c); return null; }
        string done = command.ToString().Trim();
        command.Clear();
        return done;
    }

    private string? Answer(string command)
    {
        lock (_gate)
        {
            if (_silent) return null;
            if (_nonsense is not null) return _nonsense;
        }

        var d = Display;
        return _options.Protocol == ScaleProtocol.Toledo8217 ? AnswerToledo(command, d) : AnswerMtSics(command, d);
    }

    private string AnswerMtSics(string command, ScaleDisplay d)
    {
        switch (command.ToUpperInvariant())
        {
            case "S": return ScaleAnswerWriter.MtSicsWeight(d, immediate: false);
            case "SI" or "SIR": return ScaleAnswerWriter.MtSicsWeight(d, immediate: true);
            case "Z" or "ZI":
                if (d.Moving && command == "Z") return "Z I\r\n";
                lock (_gate) _zeroGrams = _grossGrams;
                return "Z A\r\n";
            case "T" or "TI":
                if (d.Moving && command == "T") return "T I\r\n";
                if (d.NetGrams + _tareGrams <= 0) return "T -\r\n";
                lock (_gate) _tareGrams = _grossGrams - _zeroGrams;
                return $"T S {(_tareGrams / 1000m).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),10} kg\r\n";
            case "TAC":
                lock (_gate) _tareGrams = 0;
                return "TAC A\r\n";
            case "@": return "I4 A \"0123456789\"\r\n";
            default: return "ES\r\n";
        }
    }

    private string? AnswerToledo(string command, ScaleDisplay d)
    {
        bool net;
        lock (_gate) net = _tareGrams != 0;
        switch (command.ToUpperInvariant())
        {
            case "W": return ScaleAnswerWriter.Toledo8217Weight(d, _options.Unit, net);
            case "Z":
                if (!d.Moving) lock (_gate) _zeroGrams = _grossGrams;
                return ScaleAnswerWriter.Toledo8217Status(Display, net);
            case "T":
                if (!d.Moving) lock (_gate) _tareGrams = _grossGrams - _zeroGrams;
                return ScaleAnswerWriter.Toledo8217Status(Display, _tareGrams != 0);
            case "C":
                lock (_gate) _tareGrams = 0;
                return ScaleAnswerWriter.Toledo8217Status(Display, false);
            default: return null; // 8217 scales ignore what they do not know
        }
    }

    public void Dispose()
    {
        // Owners such as a DI container may dispose twice; the second time is a no-op.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        try
        {
            _answering.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }

        _port.Dispose();
        _stopping.Dispose();
    }
}
