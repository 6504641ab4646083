using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.DeviceSimulators.Printers;

/// <summary>What the simulated document printer says of itself when asked <c>Get-Printer-Attributes</c>.</summary>
public enum SimulatedIppCondition
{
    Idle,
    PaperOut,
    Jammed,
    Stopped,
}

/// <summary>Each condition as a real IPP Everywhere printer reports it: its state, its reasons, whether it takes jobs.</summary>
internal static class SimulatedIppAttributes
{
    public static IppGroup Group(SimulatedIppCondition condition)
    {
        var (state, reasons, accepting) = condition switch
        {
            SimulatedIppCondition.PaperOut => (IppPrinterState.Stopped, new[] { "media-empty-error", "media-needed-error" }, true),
            SimulatedIppCondition.Jammed => (IppPrinterState.Stopped, ["media-jam-error"], true),
            // Stopped by a person at its panel: paused, and not taking jobs until resumed.
            SimulatedIppCondition.Stopped => (IppPrinterState.Stopped, [IppPrinterReasons.Paused], false),
            _ => (IppPrinterState.Idle, [IppPrinterReasons.None], true),
        };
        return new IppGroup(IppGroupTag.Printer,
        [
            new IppAttribute("printer-state", IppValue.Integer((int)state, IppValueTag.Enum)),
            new IppAttribute("printer-state-reasons", [.. reasons.Select(r => IppValue.Text(IppValueTag.Keyword, r))]),
            new IppAttribute("printer-is-accepting-jobs", IppValue.Boolean(accepting)),
        ]);
    }
}
