using Microsoft.Extensions.Logging;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.StationAgent.Printing;

/// <summary>
/// The station's PDF labels on their way to its document printer over IPP, oldest first, by the same
/// rules the server follows for the stations it drives (<see cref="DocumentJobRules"/>): marked Sent on
/// the disk before the bytes go, Printed only on the printer's <c>completed</c>, a job sent just before
/// a crash looked up by its name after the restart, never sent twice. The printer is whatever the
/// current device set names, asked for each pass, so a changed setting takes effect at the next one.
/// </summary>
public sealed class DocumentQueue(DocumentJobFile file, Func<string?> printerUri, IppConnections connections, TimeProvider time, TimeSpan poll, ILogger log)
{
    private readonly Lock _gate = new();
    private readonly List<DocumentJob> _jobs = [.. file.Loaded];
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Raised when a job's state, printer job id or reason changes (not for the Sent mark itself: the outcome carries its time).</summary>
    public event Action<DocumentJob>? JobChanged;

    public IReadOnlyList<DocumentJob> Jobs { get { lock (_gate) return [.. _jobs]; } }

    /// <summary>
    /// Keeps a job the server handed over, under the server's number; the same number again gives back the
    /// job already held, even after a restart, so a job handed over twice prints once. It waits for <see cref="Wake"/>.
    /// </summary>
    public async Task<DocumentJob> EnqueueOnceAsync(long jobId, string name, byte[] pdf, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_jobs.FirstOrDefault(j => j.JobId == jobId) is { } known) return known;
        }

        DocumentJob job;
        lock (_gate) job = new DocumentJob(jobId, _jobs.Count == 0 ? 1 : _jobs.Max(j => j.Sequence) + 1, name, DocumentJobState.Queued, time.GetUtcNow());
        await file.AddAsync(job, pdf, ct);
        lock (_gate) _jobs.Add(job);
        return job;
    }

    public void Wake() => _wake.Release();

    /// <summary>Completes once the job has printed, failed or was not confirmed.</summary>
    public async Task<DocumentJob> WaitUntilFinishedAsync(long jobId, CancellationToken ct)
    {
        var done = new TaskCompletionSource<DocumentJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(DocumentJob job)
        {
            if (job.JobId == jobId && job.IsFinished) done.TrySetResult(job);
        }

        JobChanged += OnChanged;
        try
        {
            lock (_gate)
            {
                if (_jobs.FirstOrDefault(j => j.JobId == jobId) is { IsFinished: true } finished) return finished;
            }

            return await done.Task.WaitAsync(ct);
        }
        finally
        {
            JobChanged -= OnChanged;
        }
    }

    /// <summary>Runs until cancelled; jobs the disk still holds unfinished are carried on.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await PassAsync(ct);
            // The printer tells nobody by itself: unfinished jobs are asked after every poll.
            var idle = Jobs.All(j => j.IsFinished);
            try
            {
                await _wake.WaitAsync(idle ? Timeout.InfiniteTimeSpan : poll, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        var rules = new DocumentJobRules(new IppClient(connections));
        var printer = printerUri();
        foreach (var job in Jobs.Where(j => !j.IsFinished))
        {
            var current = job;
            var pdf = job.State == DocumentJobState.Queued ? file.Pdf(job.JobId) : [];
            var step = pdf is null
                ? new DocumentJobStep(DocumentJobState.Failed, null, "the label's PDF is missing from the agent's disk")
                : await rules.StepAsync(job.State, job.PrinterJobId, job.Name, pdf, printer, async () =>
                {
                    // Sent before the bytes go: after a crash from here on the job is looked up, never sent again.
                    current = current with { State = DocumentJobState.Sent, SentAt = time.GetUtcNow() };
                    await StoreAsync(current);
                }, ct);
            await ApplyAsync(job, current, step);
            // Every job goes to the one printer: one that cannot be reached costs one timeout per pass.
            if (!step.Reachable) break;
        }
    }

    private async Task ApplyAsync(DocumentJob before, DocumentJob job, DocumentJobStep step)
    {
        var next = job with
        {
            State = step.State,
            PrinterJobId = step.PrinterJobId ?? job.PrinterJobId,
            Reason = step.Reason,
            SentAt = step.State == DocumentJobState.Queued ? null : job.SentAt,
            FinishedAt = step.IsFinished ? time.GetUtcNow() : null,
        };
        if (next != job) await StoreAsync(next);
        // Told only of a real change: a job back in the queue with the same reason tells the server nothing new.
        if (next == before) return;
        if (next.IsFinished)
        {
            file.Forget(next.JobId);
            log.Log(next.State == DocumentJobState.Printed ? LogLevel.Information : LogLevel.Warning, "PDF label {JobId} ({Name}): {State} {Reason}", next.JobId, next.Name, next.State, next.Reason);
        }

        JobChanged?.Invoke(next);
    }

    // A state the printer reached is kept even while stopping.
    private async Task StoreAsync(DocumentJob job)
    {
        await file.SaveAsync(job, CancellationToken.None);
        lock (_gate) _jobs[_jobs.FindIndex(j => j.JobId == job.JobId)] = job;
    }
}
