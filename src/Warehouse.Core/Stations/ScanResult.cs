using Warehouse.Core.Floor;

namespace Warehouse.Core.Stations;

/// <summary>What the packer is told after a scan, and what to scan next.</summary>
public sealed record ScanResult(ScanOutcome Outcome, FloorMessage Message, FloorMessage Next)
{
    public bool Accepted => Outcome != ScanOutcome.Refused;

    public static ScanResult Refused(FloorMessage next, string code, params string[] args) =>
        new(ScanOutcome.Refused, new FloorMessage(code, args), next);

    public static ScanResult Ok(FloorMessage next, string code, params string[] args) =>
        new(ScanOutcome.Accepted, new FloorMessage(code, args), next);
}
