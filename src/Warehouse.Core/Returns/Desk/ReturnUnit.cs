namespace Warehouse.Core.Returns.Desk;

/// <summary>
/// One unit as the returns desk found it: which declared line it answers (none for an extra), its
/// grade and disposition, and for a unit that stays in stock (restock, quarantine) the location it was put
/// in. A unit on the desk is <see cref="IsOpen"/> until it is decided and, if it stays, placed.
/// </summary>
public sealed class ReturnUnit
{
    public int Id { get; set; }
    public int ReturnId { get; set; }

    /// <summary>The declared line this unit answers; null for an extra.</summary>
    public int? ReturnLineId { get; set; }

    /// <summary>The product scanned; null when the code was no product of ours.</summary>
    public int? SkuId { get; set; }

    /// <summary>The code as scanned, made safe to store (<see cref="Stations.ScanText.ForAudit"/>): for an unknown product all we know of it; empty for a missing unit.</summary>
    public string Code { get; set; } = "";

    public ReturnUnitOutcome Outcome { get; set; }

    /// <summary>The lot, expiry and serial it came back with (scanned, or the shipped unit's it matched); it goes into stock with them.</summary>
    public string? Lot { get; set; }
    public DateOnly? Expiry { get; set; }
    public string? Serial { get; set; }

    /// <summary>The check of its serial or lot against the shipment (<see cref="ReturnUnitTrace"/>).</summary>
    public ReturnUnitTrace Trace { get; set; }
    public ReturnGrade? Grade { get; set; }
    public ReturnDisposition? Disposition { get; set; }

    /// <summary>Where a restocked or quarantined unit was put (its stock move's place); null otherwise.</summary>
    public string? Location { get; set; }

    public required string StationCode { get; set; }
    public int OperatorId { get; set; }
    public DateTime AtUtc { get; set; }
    public DateTime? DecidedUtc { get; set; }

    /// <summary>The clerk's words about this unit (<see cref="ReturnUnitNotes"/>); shown as text only.</summary>
    public string? Note { get; set; }

    /// <summary>The checks of its category's list (<see cref="ReturnChecklists"/>) the clerk ticked, by code.</summary>
    public List<string> Checked { get; set; } = [];

    /// <summary>What the grade suggests; a unit the shipment does not vouch for is quarantined rather than restocked.</summary>
    public ReturnDisposition? Suggested => Grade is not { } grade ? null
        : ReturnGrades.Suggest(grade) == ReturnDisposition.Restock && !AllowsRestock ? ReturnDisposition.Quarantine
        : ReturnGrades.Suggest(grade);

    /// <summary>Only a unit tied to the shipment, or one nothing could be checked for, goes back as sellable stock.</summary>
    public bool AllowsRestock => Trace is ReturnUnitTrace.None or ReturnUnitTrace.Matches;

    public bool IsOpen => Outcome != ReturnUnitOutcome.Missing && (Disposition is null || AwaitsPlace);

    /// <summary>Decided to stay in stock, and not put anywhere yet.</summary>
    public bool AwaitsPlace => Disposition is { } d && ReturnDispositions.StaysInStock(d) && Location is null;
}
