using Warehouse.Core.Floor;

namespace Warehouse.Core.Printing;

/// <summary>A label was queued, handed over, printed or failed: written with the job row's change.</summary>
[EventName("print.job_changed")]
public sealed record PrintJobChanged(DateTime AtUtc, string StationCode, int? JobId, PrintJobStatus Status) : FloorFact(AtUtc, StationCode);
