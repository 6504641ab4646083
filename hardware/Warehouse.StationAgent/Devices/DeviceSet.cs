using System.Text.Json;
using Warehouse.StationLink;

namespace Warehouse.StationAgent.Devices;

/// <summary>The station's devices as the server last described them; kept on disk so scans are read even while the server is away.</summary>
public sealed record DeviceSet(
    string? ScannerPath,
    string ScannerSuffix,
    string? ScalePath,
    string ScaleProtocol,
    string ScaleUnit,
    string? PrinterAddress,
    string? DocumentPrinterUri = null)
{
    private const string FileName = "devices.json";

    public static DeviceSet From(Welcome w) => new(
        Empty(w.ScannerPath), w.ScannerSuffix, Empty(w.ScalePath), w.ScaleProtocol, w.ScaleUnit, Empty(w.PrinterAddress), Empty(w.DocumentPrinterUri));

    public static DeviceSet? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            // A file that parses but lacks a field is as good as none: the server sends the set again on connect.
            return JsonSerializer.Deserialize<DeviceSet>(File.ReadAllText(path)) is { ScannerSuffix: not null, ScaleProtocol: not null, ScaleUnit: not null } set
                ? set
                : null;
        }
        catch (JsonException)
        {
            return null; // the server sends it again on connect
        }
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(this));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
