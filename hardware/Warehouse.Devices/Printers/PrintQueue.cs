namespace Warehouse.Devices.Printers;

/// <summary>
/// The jobs of one printer, sent one at a time and in order. A job is sent only to a printer
/// that says it is ready, is marked sent before its bytes go out (so a crash can lose a label
/// but never print it twice), and is printed once the printer reports its buffer empty and its
/// own label counter has moved by the job's labels. A printer that empties its buffer without
/// counting them (power-cycled with the label held) leaves the job NotConfirmed, never Printed.
/// </summary>
public sealed class PrintQueue(ZebraPrinter printer, IPrintJobStore store, PrintQueueOptions? options = null)
{
    private readonly PrintQueueOptions _options = options ?? new PrintQueueOptions();
    private readonly Lock _gate = new();
    private readonly List<PrintJob> _jobs = [];
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Dictionary<Guid, DateTimeOffset> _shortSince = []; // only the queue's loop touches it
    private long _lastSequence;
    private Task? _loading;

    /// <summary>Raised on every state change of a job, from the queue's loop.</summary>
    public event Action<PrintJob>? JobChanged;

    /// <summary>Raised when the printer's status reads differently from the last time.</summary>
    public event Action<PrinterStatusReport>? StatusChanged;

    public PrinterStatusReport? LastStatus { get; private set; }

    public IReadOnlyList<PrintJob> Jobs { get { lock (_gate) return [.. _jobs]; } }

    public async Task<PrintJob> EnqueueAsync(string zpl, CancellationToken cancellationToken = default) =>
        await AddAsync(zpl, reprintOf: null, requestedBy: null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Queues a job under an id the sender chose (the server's job number). The same id again gives
    /// back the job already held, even after a restart, so a job sent twice over a flaky link prints once.
    /// </summary>
    public async Task<PrintJob> EnqueueOnceAsync(Guid id, string zpl, CancellationToken cancellationToken = default)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (_jobs.FirstOrDefault(j => j.Id == id) is { } known) return known;
        }

        return await AddAsync(zpl, reprintOf: null, requestedBy: null, cancellationToken, id).ConfigureAwait(false);
    }

    /// <summary>Prints a finished job again, as a new job that names the original and who asked.</summary>
    public async Task<PrintJob> ReprintAsync(Guid jobId, string requestedBy, CancellationToken cancellationToken = default)
    {
        PrintJob original;
        lock (_gate) original = _jobs.FirstOrDefault(j => j.Id == jobId) ?? throw new KeyNotFoundException($"no print job {jobId}");
        return await AddAsync(original.Zpl, original.Id, requestedBy, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes once the job has printed, failed or was not confirmed.</summary>
    public async Task<PrintJob> WaitUntilFinishedAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource<PrintJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(PrintJob job)
        {
            if (job.Id == jobId && job.IsFinished) done.TrySetResult(job);
        }

        JobChanged += OnChanged;
        try
        {
            lock (_gate)
            {
                if (_jobs.FirstOrDefault(j => j.Id == jobId) is { IsFinished: true } finished) return finished;
            }

            return await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            JobChanged -= OnChanged;
        }
    }

    /// <summary>Runs until cancelled; jobs the store still holds unfinished are carried on.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            PrintJob? job;
            lock (_gate)
            {
                job = _jobs.FirstOrDefault(j => j.State == PrintJobState.Sent)
                      ?? _jobs.FirstOrDefault(j => j.State == PrintJobState.Queued);
            }

            bool progressed = job switch
            {
                null => false,
                { State: PrintJobState.Sent } => await ConfirmAsync(job, cancellationToken).ConfigureAwait(false),
                _ => await TrySendAsync(job, cancellationToken).ConfigureAwait(false),
            };

            if (progressed) continue;
            try
            {
                await _wake.WaitAsync(job is null ? Timeout.InfiniteTimeSpan : _options.PollInterval, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> TrySendAsync(PrintJob job, CancellationToken cancellationToken)
    {
        if (!(await AskAsync(cancellationToken).ConfigureAwait(false)).IsReady) return false;
        // The counter before the bytes go is what the printed label must move; without one the job
        // can only be confirmed by the printer's buffer, and says so.
        var counter = job.Labels > 0 ? await printer.GetLabelCountAsync(cancellationToken).ConfigureAwait(false) : null;
        var sent = job with
        {
            State = PrintJobState.Sent,
            SentAt = Now,
            LabelCountBefore = (counter as LabelCounterReport.Counted)?.Labels,
            Confirmation = counter is LabelCounterReport.Unavailable u ? $"no label counter: {u.Reason}" : null,
        };
        await ChangeAsync(sent, cancellationToken).ConfigureAwait(false);
        try
        {
            await printer.SendZplAsync(job.Zpl, cancellationToken).ConfigureAwait(false);
        }
        catch (PrinterUnreachableException e) when (e.NothingSent)
        {
            await ChangeAsync(job, cancellationToken).ConfigureAwait(false); // never left: still queued
        }
        catch (PrinterUnreachableException e)
        {
            await FailAsync(sent, $"sending broke off, part of the label may have arrived: {e.Message}", cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<bool> ConfirmAsync(PrintJob job, CancellationToken cancellationToken)
    {
        var status = await AskAsync(cancellationToken).ConfigureAwait(false);
        if (status is PrinterStatusReport.Answered { Status: { IsReady: true, IsIdle: true } })
        {
            return job.LabelCountBefore is { } before
                ? await ConfirmByCounterAsync(job, before, cancellationToken).ConfigureAwait(false)
                : await FinishAsync(job, PrintJobState.Printed,
                    $"confirmed by the printer's buffer only, no label counter{(job.Confirmation is { } why ? $" ({why})" : "")}", cancellationToken).ConfigureAwait(false);
        }

        _shortSince.Remove(job.Id);
        bool answering = status is PrinterStatusReport.Answered;
        if (!answering && Now - job.SentAt > _options.ConfirmTimeout)
        {
            await FailAsync(job, $"not confirmed within {_options.ConfirmTimeout}: {status.Describe()}", cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    // The printer is idle with nothing in its buffer: the label came out only if its counter moved.
    private async Task<bool> ConfirmByCounterAsync(PrintJob job, long before, CancellationToken cancellationToken)
    {
        var counter = await printer.GetLabelCountAsync(cancellationToken).ConfigureAwait(false);
        if (counter is not LabelCounterReport.Counted { Labels: var now })
        {
            var reason = ((LabelCounterReport.Unavailable)counter).Reason;
            return Now - job.SentAt > _options.ConfirmTimeout
                && await FinishAsync(job, PrintJobState.NotConfirmed, $"label not confirmed: the label counter could not be read ({reason})", cancellationToken).ConfigureAwait(false);
        }

        long moved = now - before;
        if (moved >= job.Labels)
        {
            return await FinishAsync(job, PrintJobState.Printed, $"label counter {before} → {now}", cancellationToken).ConfigureAwait(false);
        }

        // A printer may count a label a moment after its buffer empties: short must last before it is believed.
        if (!_shortSince.TryGetValue(job.Id, out var since)) _shortSince[job.Id] = since = Now;
        if (Now - since < _options.CounterSettle) return false;
        return await FinishAsync(job, PrintJobState.NotConfirmed,
            $"label not confirmed: the printer is idle but its label counter moved {moved} of {job.Labels} ({before} → {now})", cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> FinishAsync(PrintJob job, PrintJobState state, string confirmation, CancellationToken cancellationToken)
    {
        _shortSince.Remove(job.Id);
        await ChangeAsync(job with
        {
            State = state,
            FinishedAt = Now,
            Confirmation = confirmation,
            FailureReason = state == PrintJobState.Printed ? null : confirmation,
        }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<PrinterStatusReport> AskAsync(CancellationToken cancellationToken)
    {
        var status = await printer.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        bool changed = LastStatus is null || LastStatus.Describe() != status.Describe();
        LastStatus = status;
        if (changed) StatusChanged?.Invoke(status);
        return status;
    }

    private Task FailAsync(PrintJob job, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(job with { State = PrintJobState.Failed, FailureReason = reason, FinishedAt = Now }, cancellationToken);

    private async Task<PrintJob> AddAsync(string zpl, Guid? reprintOf, string? requestedBy, CancellationToken cancellationToken, Guid? id = null)
    {
        var job = new PrintJob(id ?? Guid.NewGuid(), Interlocked.Increment(ref _lastSequence), zpl, PrintJobState.Queued, Now,
            ReprintOf: reprintOf, RequestedBy: requestedBy, Labels: ZplLabelCount.Of(zpl));
        await store.SaveAsync(job, cancellationToken).ConfigureAwait(false);
        lock (_gate) _jobs.Add(job);
        JobChanged?.Invoke(job);
        _wake.Release();
        return job;
    }

    private async Task ChangeAsync(PrintJob job, CancellationToken cancellationToken)
    {
        await store.SaveAsync(job, cancellationToken).ConfigureAwait(false);
        lock (_gate) _jobs[_jobs.FindIndex(j => j.Id == job.Id)] = job;
        JobChanged?.Invoke(job);
    }

    // Once, whoever asks first: the queue's loop or an early EnqueueOnceAsync.
    private Task LoadAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return _loading ??= LoadStoredAsync(cancellationToken);
    }

    private async Task LoadStoredAsync(CancellationToken cancellationToken)
    {
        var stored = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var job in stored.Where(j => _jobs.All(known => known.Id != j.Id))) _jobs.Add(job);
            _jobs.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            long highest = _jobs.Count == 0 ? 0 : _jobs.Max(j => j.Sequence);
            if (highest > Interlocked.Read(ref _lastSequence)) Interlocked.Exchange(ref _lastSequence, highest);
        }
    }

    private DateTimeOffset Now => _options.Clock.GetUtcNow();
}
