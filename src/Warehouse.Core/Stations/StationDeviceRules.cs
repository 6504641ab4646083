using System.Globalization;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.Core.Stations;

/// <summary>What makes a station's device set usable; checked when an admin saves it, so the agent never gets one it cannot open.</summary>
public static class StationDeviceRules
{
    public const int MaxPathLength = 200;

    public static readonly string[] Suffixes = ["cr", "lf", "crlf", "tab"];
    public static readonly string[] ScaleProtocols = ["mt-sics", "toledo-8217"];
    public static readonly string[] ScaleUnits = ["kg", "g", "lb", "oz"];
    public static readonly int[] Resolutions = [203, 300];

    /// <summary>Problems by field name; empty when the set can be saved.</summary>
    public static IReadOnlyDictionary<string, string> Check(StationDeviceSet set)
    {
        var problems = new Dictionary<string, string>();
        CheckPath(problems, nameof(set.ScannerPath), set.ScannerPath);
        CheckPath(problems, nameof(set.ScalePath), set.ScalePath);
        if (!Suffixes.Contains(set.ScannerSuffix)) problems[nameof(set.ScannerSuffix)] = "Suffix is one of cr, lf, crlf, tab.";
        if (!ScaleProtocols.Contains(set.ScaleProtocol)) problems[nameof(set.ScaleProtocol)] = "Scale protocol is mt-sics or toledo-8217.";
        if (!ScaleUnits.Contains(set.ScaleUnit)) problems[nameof(set.ScaleUnit)] = "Unit is kg, g, lb or oz.";
        if (!Resolutions.Contains(set.PrinterDpi)) problems[nameof(set.PrinterDpi)] = "Label printers print at 203 or 300 dpi.";
        if (set.LabelWidthInches is < 1 or > 8) problems[nameof(set.LabelWidthInches)] = "Label width is 1 to 8 inches.";
        if (set.LabelHeightInches is < 1 or > 12) problems[nameof(set.LabelHeightInches)] = "Label length is 1 to 12 inches.";
        if (set.PrinterAddress is { } address && !IsDevicePath(address) && !TryParseTcp(address, out _, out _))
            problems[nameof(set.PrinterAddress)] = "Printer is host:port (port 1–65535) or an absolute device path such as /dev/usb/lp0.";
        if (set.DocumentPrinterUri is { } uri && !DocumentPrinterUris.TryParse(uri, out _))
            problems[nameof(set.DocumentPrinterUri)] = DocumentPrinterUris.Rule;
        if (set.Connection == DeviceConnection.Agent && set.ScannerPath is null && set.ScalePath is null && set.PrinterAddress is null && set.DocumentPrinterUri is null)
            problems[nameof(set.Connection)] = "An agent needs at least one device.";
        return problems;
    }

    /// <summary>Splits <c>host:port</c> (port 9100 when left out); false for anything that is not one.</summary>
    public static bool TryParseTcp(string address, out string host, out int port)
    {
        host = "";
        port = 9100;
        if (address.Length is 0 or > MaxPathLength || address.StartsWith('/')) return false;
        var colon = address.LastIndexOf(':');
        host = colon > 0 ? address[..colon] : address;
        if (colon > 0 && !int.TryParse(address[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port)) return false;
        if (port is < 1 or > 65535) return false;
        return host.Length > 0 && Uri.CheckHostName(host.Trim('[', ']')) != UriHostNameType.Unknown;
    }

    /// <summary>An absolute path of the characters device names use (/dev/serial/by-id/usb-Datalogic_…-if00), nothing to escape anywhere.</summary>
    public static bool IsDevicePath(string address) =>
        address.StartsWith('/') && address.Length <= MaxPathLength && !address.Contains("..")
        && address.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or ':' or '+' or '@' or '=' or ',');

    private static void CheckPath(Dictionary<string, string> problems, string field, string? path)
    {
        if (path is not null && !IsDevicePath(path))
            problems[field] = $"An absolute device path (/dev/serial/by-id/…) of letters, digits and / . _ - : + @ = , — at most {MaxPathLength} characters.";
    }
}
