using System.Net.Sockets;
using System.Text;

namespace Warehouse.DeviceSimulators.Printers;

/// <summary>
/// A Zebra printer on raw TCP: takes <c>^XA…^XZ</c> formats, answers <c>~HS</c>, <c>~HQES</c> and the SGD
/// getvar of its label counter (<c>odometer.total_label_count</c>, every <c>^PQ</c> label counted), and can
/// be put in paper-out, head-open, paused, silent or nonsense-answering states, or power-cycled.
/// While it cannot print it holds labels and prints them in order once cleared, like the real one;
/// a power cycle loses what it holds but not its label counter.
/// </summary>
public sealed class ZebraPrinterSimulator : IAsyncDisposable
{
    private readonly ZebraPrinterSimulatorOptions _options;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<SimulatedLabel> _received = [];
    private readonly List<SimulatedLabel> _printed = [];
    private readonly Queue<SimulatedLabel> _held = new();
    private readonly List<SimulatedLabel> _lost = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private readonly List<Task> _connections = [];
    private SimulatedPrinterCondition _condition = new();
    private CancellationTokenSource _power = new();
    private long _labelCount;
    private Task? _accepting;

    public ZebraPrinterSimulator(ZebraPrinterSimulatorOptions? options = null)
    {
        _options = options ?? new ZebraPrinterSimulatorOptions();
        _listener = new TcpListener(_options.Address, _options.Port);
        if (_options.LabelFolder is { } folder) Directory.CreateDirectory(folder);
    }

    /// <summary>Starts a simulator listening on <paramref name="port"/> (0 = any free port).</summary>
    public static ZebraPrinterSimulator Start(int port = 0, string? labelFolder = null)
    {
        var simulator = new ZebraPrinterSimulator(new ZebraPrinterSimulatorOptions { Port = port, LabelFolder = labelFolder });
        simulator.Start();
        return simulator;
    }

    public int Port => ((System.Net.IPEndPoint)_listener.LocalEndpoint).Port;

    public string Host => _options.Address.ToString();

    public event Action<SimulatedLabel>? LabelReceived;

    public event Action<SimulatedLabel>? LabelPrinted;

    public IReadOnlyList<SimulatedLabel> Received { get { lock (_gate) return [.. _received]; } }

    public IReadOnlyList<SimulatedLabel> Printed { get { lock (_gate) return [.. _printed]; } }

    public int HeldCount { get { lock (_gate) return _held.Count; } }

    /// <summary>The printer's odometer: labels printed in its life, as <c>odometer.total_label_count</c> answers it.</summary>
    public long LabelCount { get { lock (_gate) return _labelCount; } }

    /// <summary>Labels a power cycle threw away from the buffer before they printed.</summary>
    public IReadOnlyList<SimulatedLabel> Lost { get { lock (_gate) return [.. _lost]; } }

    /// <summary>Raised after a power cycle, with the labels it lost.</summary>
    public event Action<IReadOnlyList<SimulatedLabel>>? PowerCycled;

    public SimulatedPrinterCondition Condition { get { lock (_gate) return _condition; } }

    public void Start()
    {
        _listener.Start();
        _accepting = AcceptAsync(_stopping.Token);
    }

    public void SetPaperOut(bool on) => Change(c => c with { PaperOut = on });

    public void SetHeadOpen(bool on) => Change(c => c with { HeadOpen = on });

    public void SetPaused(bool on) => Change(c => c with { Paused = on });

    public void SetRibbonOut(bool on) => Change(c => c with { RibbonOut = on });

    /// <summary>
    /// A busy printer is in the middle of printing: it reports ready with no fault, takes labels into its
    /// buffer (formats in buffer counts them) and prints them once set off. Power-cycling it loses them.
    /// </summary>
    public void SetBusy(bool on) => Change(c => c with { Busy = on });

    /// <summary>A silent printer takes bytes but answers no status question.</summary>
    public void SetSilent(bool on) => Change(c => c with { Silent = on });

    /// <summary>Answers this text to every status question (null goes back to proper answers).</summary>
    public void AnswerNonsense(string? answer) => Change(c => c with { NonsenseAnswer = answer });

    public void SetCondition(SimulatedPrinterCondition condition) => Change(_ => condition);

    /// <summary>Answers this text to the label counter's getvar (<c>"\"?\""</c>: no such counter; null: the true count).</summary>
    public void AnswerLabelCount(string? answer) => Change(c => c with { LabelCountAnswer = answer });

    /// <summary>Leaves the label counter's getvar unanswered, while <c>~HS</c> is still answered.</summary>
    public void SetLabelCountSilent(bool on) => Change(c => c with { LabelCountSilent = on });

    /// <summary>
    /// Switches the printer off and on: the labels held in its buffer are lost, every connection
    /// drops, and it comes back idle, not paused and not busy. Its label counter survives, as a printer's odometer does.
    /// </summary>
    public IReadOnlyList<SimulatedLabel> PowerCycle()
    {
        List<SimulatedLabel> lost;
        CancellationTokenSource off;
        lock (_gate)
        {
            lost = [.. _held];
            _held.Clear();
            _lost.AddRange(lost);
            _condition = _condition with { Paused = false, Busy = false };
            off = _power;
            _power = new CancellationTokenSource();
        }

        off.Cancel();
        off.Dispose();
        PowerCycled?.Invoke(lost);
        return lost;
    }

    /// <summary>Completes once at least <paramref name="count"/> labels have been printed.</summary>
    public Task WaitForPrintedAsync(int count, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_printed.Count >= count) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Completes with the label printed as number <paramref name="number"/> (1 = the first).</summary>
    public async Task<SimulatedLabel> WaitForLabelAsync(int number, CancellationToken cancellationToken = default)
    {
        await WaitForPrintedAsync(number, cancellationToken).ConfigureAwait(false);
        lock (_gate) return _printed[number - 1];
    }

    private void Change(Func<SimulatedPrinterCondition, SimulatedPrinterCondition> change)
    {
        List<SimulatedLabel> released;
        lock (_gate)
        {
            _condition = change(_condition);
            released = _condition.HoldsLabels ? [] : PrintHeldLocked();
        }

        Announce(released);
    }

    private async Task AcceptAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            lock (_gate) _connections.Add(ServeAsync(client, CancellationTokenSource.CreateLinkedTokenSource(stopping, _power.Token)));
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationTokenSource powered)
    {
        using var _ = client;
        using var __ = powered;
        var stopping = powered.Token;
        var splitter = new ZplStreamSplitter();
        var buffer = new byte[8192];
        try
        {
            var stream = client.GetStream();
            while (true)
            {
                int read = await stream.ReadAsync(buffer, stopping).ConfigureAwait(false);
                if (read == 0) return;
                foreach (var piece in splitter.Feed(buffer.AsSpan(0, read)))
                {
                    string? answer = Handle(piece);
                    if (answer is not null) await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), stopping).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client went away or we are stopping; a printer does not care which.
        }
    }

    private string? Handle(ZplPiece piece)
    {
        switch (piece)
        {
            case ZplPiece.Label label:
                Receive(label.Zpl);
                return null;
            case ZplPiece.Command { Name: "HS" or "HQES" } command:
                var c = Condition;
                if (c.Silent) return null;
                if (c.NonsenseAnswer is not null) return c.NonsenseAnswer;
                return command.Name == "HS" ? ZebraStatusAnswers.HostStatus(c, HeldCount) : ZebraStatusAnswers.ExtendedStatus(c);
            case ZplPiece.Sgd sgd when SimulatedSgd.GetvarName(sgd.Line) is { } name:
                var now = Condition;
                if (now.Silent || (now.LabelCountSilent && name == SimulatedSgd.LabelCount)) return null;
                if (name != SimulatedSgd.LabelCount) return "\"?\"";
                return now.LabelCountAnswer ?? $"\"{LabelCount}\"";
            case ZplPiece.Command { Name: "PS" }:
                SetPaused(false);
                return null;
            case ZplPiece.Command { Name: "PP" }:
                SetPaused(true);
                return null;
            case ZplPiece.Command { Name: "JA" }:
                lock (_gate) _held.Clear(); // cancel all: held formats are thrown away
                return null;
            default:
                return null;
        }
    }

    private void Receive(string zpl)
    {
        SimulatedLabel label;
        List<SimulatedLabel> printed;
        lock (_gate)
        {
            label = new SimulatedLabel(_received.Count + 1, zpl, _options.Clock.GetUtcNow());
            _received.Add(label);
            _held.Enqueue(label);
            printed = _condition.HoldsLabels ? [] : PrintHeldLocked();
        }

        LabelReceived?.Invoke(label);
        Announce(printed);
    }

    private List<SimulatedLabel> PrintHeldLocked()
    {
        var printed = new List<SimulatedLabel>();
        while (_held.TryDequeue(out var label))
        {
            string? savedTo = null;
            if (_options.LabelFolder is { } folder)
            {
                savedTo = Path.Combine(folder, $"label-{label.Number:0000}.zpl");
                File.WriteAllText(savedTo, label.Zpl);
            }

            var done = label with { PrintedAt = _options.Clock.GetUtcNow(), SavedTo = savedTo };
            _labelCount += SimulatedSgd.Quantity(label.Zpl);
            _printed.Add(done);
            printed.Add(done);
        }

        for (int i = _waiters.Count - 1; i >= 0; i--)
        {
            if (_printed.Count < _waiters[i].Count) continue;
            _waiters[i].Done.TrySetResult();
            _waiters.RemoveAt(i);
        }

        return printed;
    }

    private void Announce(List<SimulatedLabel> printed)
    {
        foreach (var label in printed) LabelPrinted?.Invoke(label);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        if (_accepting is not null) await _accepting.ConfigureAwait(false);
        Task[] connections;
        lock (_gate) connections = [.. _connections];
        await Task.WhenAll(connections).ConfigureAwait(false);
        _stopping.Dispose();
        lock (_gate) _power.Dispose();
    }
}
