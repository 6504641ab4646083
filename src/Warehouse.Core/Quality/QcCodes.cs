namespace Warehouse.Core.Quality;

/// <summary>Message codes the QC bench answers with; texts live with the web edge's translations.</summary>
public static class QcCodes
{
    public const string ToteEmpty = "qc.tote_empty";
    public const string NotAtQc = "qc.not_at_qc";
    public const string AlreadyFailed = "qc.already_failed";
    public const string CheckStarted = "qc.check_started";
    public const string CheckResumed = "qc.check_resumed";
    public const string CheckOpen = "qc.check_open";
    public const string OpenElsewhere = "qc.open_elsewhere";
    public const string ToteAdded = "qc.tote_added";
    public const string NoCheckOpen = "qc.no_check_open";
    public const string ItemCounted = "qc.item_counted";
    public const string ItemNotInOrder = "qc.item_not_in_order";
    public const string ItemOverScan = "qc.item_over_scan";
    public const string UnitsMissing = "qc.units_missing";
    public const string Passed = "qc.passed";
    public const string Failed = "qc.failed";
    public const string BadPhoto = "qc.bad_photo";
    public const string CheckClosed = "qc.check_closed";

    public const string NextScanTote = "qc.next.scan_tote";
    public const string NextScanItem = "qc.next.scan_item";
    public const string NextVerdict = "qc.next.verdict";
}
