using Warehouse.Core.Floor;

namespace Warehouse.Core.Stations;

/// <summary>
/// The answer given to a scan id. A retried scan (same station, same id) gets the
/// stored answer back and changes nothing.
/// </summary>
public sealed class ScanReceipt
{
    public long Id { get; set; }
    public required string StationCode { get; set; }
    public required string ScanId { get; set; }
    public DateTime AtUtc { get; set; }
    public ScanOutcome Outcome { get; set; }
    public required string MessageCode { get; set; }
    public string? MessageArgs { get; set; }
    public required string NextCode { get; set; }
    public string? NextArgs { get; set; }

    public static ScanReceipt For(string stationCode, string scanId, DateTime now, ScanResult result) => new()
    {
        StationCode = stationCode,
        ScanId = scanId,
        AtUtc = now,
        Outcome = result.Outcome,
        MessageCode = result.Message.Code,
        MessageArgs = Floor.MessageArgs.Join(result.Message.Args),
        NextCode = result.Next.Code,
        NextArgs = Floor.MessageArgs.Join(result.Next.Args),
    };

    public ScanResult ToResult() => new(
        Outcome,
        new FloorMessage(MessageCode, Floor.MessageArgs.Split(MessageArgs)),
        new FloorMessage(NextCode, Floor.MessageArgs.Split(NextArgs)));
}
