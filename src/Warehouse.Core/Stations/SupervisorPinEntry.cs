namespace Warehouse.Core.Stations;

/// <summary>A PIN typed on a station's screen for the approval it waits for; the id makes a resend safe.</summary>
public sealed record SupervisorPinEntry(string StationCode, string ScanId, string Pin)
{
    /// <summary>What the audit trail and the station's last scan say instead of the digits.</summary>
    public const string Audited = "PIN";

    public override string ToString() => $"{StationCode} {ScanId} {Audited}";
}
