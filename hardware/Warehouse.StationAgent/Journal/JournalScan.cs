namespace Warehouse.StationAgent.Journal;

/// <summary>A scan as the agent keeps it on disk until the server has stored it.</summary>
public sealed record JournalScan(long Sequence, string ScanId, string Code, DateTimeOffset ScannedAt);
