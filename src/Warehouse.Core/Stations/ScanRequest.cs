namespace Warehouse.Core.Stations;

/// <summary>
/// One scan at a station, from any source (wedge in the page, API, station agent).
/// The id is chosen by the sender and makes retries safe.
/// </summary>
public sealed record ScanRequest(string StationCode, string ScanId, string Code);
