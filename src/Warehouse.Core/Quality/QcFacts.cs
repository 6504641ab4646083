using Warehouse.Core.Floor;

namespace Warehouse.Core.Quality;

/// <summary>The QC bench passed an order: ready to pack. The dashboard counts the pass rate from these.</summary>
[EventName("qc.passed")]
public sealed record QcPassed(DateTime AtUtc, string StationCode, string OrderNumber, string ToteBarcode) : FloorFact(AtUtc, StationCode);

/// <summary>The QC bench failed an order (held, an exception case opened); <paramref name="Reason"/>: damaged, wrong-item, missing.</summary>
[EventName("qc.failed")]
public sealed record QcFailed(DateTime AtUtc, string StationCode, string OrderNumber, string ToteBarcode, string Reason) : FloorFact(AtUtc, StationCode);
