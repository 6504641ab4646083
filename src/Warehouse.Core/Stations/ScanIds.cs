namespace Warehouse.Core.Stations;

/// <summary>Scan ids are chosen by senders (a GUID from the page, a sequence from the agent).</summary>
public static class ScanIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength && id.All(c => c is > ' ' and <= '~');
}
