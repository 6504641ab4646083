namespace Warehouse.DeviceSimulators.Printers;

/// <summary>
/// The condition a simulated printer is put in; the status answers are built from it.
/// <paramref name="LabelCountAnswer"/> replaces the answer to the label counter's getvar (<c>"?"</c> for a
/// printer without one, or anything hostile); <paramref name="LabelCountSilent"/> leaves that getvar unanswered.
/// <paramref name="Busy"/> is a printer in the middle of its labels: it reports ready, with what it holds as formats in its buffer.
/// </summary>
public sealed record SimulatedPrinterCondition(
    bool PaperOut = false,
    bool HeadOpen = false,
    bool Paused = false,
    bool RibbonOut = false,
    bool Silent = false,
    string? NonsenseAnswer = null,
    string? LabelCountAnswer = null,
    bool LabelCountSilent = false,
    bool Busy = false)
{
    /// <summary>A printer in any of these holds labels and prints them, in order, once cleared.</summary>
    public bool HoldsLabels => PaperOut || HeadOpen || Paused || RibbonOut || Busy;
}

/// <summary>Builds <c>~HS</c> and <c>~HQES</c> answers the way a ZD-series printer formats them.</summary>
public static class ZebraStatusAnswers
{
    public static string HostStatus(SimulatedPrinterCondition c, int held) =>
        $"\u0002030,{B(c.PaperOut)},{B(c.Paused)},1218,{Math.Min(held, 999):000},0,0,0,000,0,0,0\u0003\r\n" +
        $"\u0002001,0,{B(c.HeadOpen)},{B(c.RibbonOut)},1,2,6,0,{held:00000000},1,000\u0003\r\n" +
        "\u00021234,0\u0003\r\n";

    public static string ExtendedStatus(SimulatedPrinterCondition c)
    {
        uint errors = (c.PaperOut ? 0x1u : 0) | (c.RibbonOut ? 0x2u : 0) | (c.HeadOpen ? 0x4u : 0) | (c.Paused ? 0x10000u : 0);
        return "\u0002\r\n" +
               "  PRINTER STATUS\r\n" +
               $"   ERRORS:         {B(errors != 0)} 00000000 {errors:X8}\r\n" +
               "   WARNINGS:       0 00000000 00000000\r\n" +
               "\u0003\r\n";
    }

    private static char B(bool on) => on ? '1' : '0';
}
