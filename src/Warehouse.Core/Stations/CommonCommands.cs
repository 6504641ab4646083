namespace Warehouse.Core.Stations;

/// <summary>
/// Command barcodes every station kind understands, answered by the pipeline itself. Any other
/// "CMD:" barcode goes to the handler of the station's kind.
/// </summary>
public static class CommonCommands
{
    public const string Prefix = "CMD:";
    public const string SignOut = "CMD:SIGNOUT";
    public const string Zero = "CMD:ZERO";
    public const string Tare = "CMD:TARE";

    public static bool IsCommand(string code) => code.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
