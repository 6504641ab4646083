using System.Globalization;

namespace Warehouse.Devices.Printers;

/// <summary>
/// Named conditions a printer can be in; the station shows them as they are. The first eight are a Zebra's
/// (<c>~HS</c>); the rest are what a document printer reports over IPP that a Zebra has no word for.
/// </summary>
public enum PrinterProblem
{
    PaperOut,
    Paused,
    HeadUp,
    RibbonOut,
    BufferFull,
    CorruptRam,
    UnderTemperature,
    OverTemperature,
    Jammed,
    CoverOpen,
    TonerOut,
    Offline,
    NotAcceptingJobs,

    /// <summary>An error the printer named that we have no word for; its keyword is in the description.</summary>
    Fault,

    /// <summary>Warnings: the printer still prints.</summary>
    PaperLow,
    TonerLow,
}

/// <summary>The answer to <c>~HS</c>: three STX…ETX strings decoded into named fields.</summary>
public sealed record ZebraHostStatus(
    bool PaperOut,
    bool Paused,
    int LabelLengthDots,
    int FormatsInBuffer,
    bool BufferFull,
    bool DiagnosticMode,
    bool PartialFormat,
    bool CorruptRam,
    bool UnderTemperature,
    bool OverTemperature,
    bool HeadUp,
    bool RibbonOut,
    bool ThermalTransfer,
    int PrintMode,
    bool LabelWaiting,
    int LabelsRemaining,
    int GraphicsStored)
{
    public IReadOnlyList<PrinterProblem> Problems
    {
        get
        {
            var problems = new List<PrinterProblem>();
            if (PaperOut) problems.Add(PrinterProblem.PaperOut);
            if (Paused) problems.Add(PrinterProblem.Paused);
            if (HeadUp) problems.Add(PrinterProblem.HeadUp);
            if (RibbonOut) problems.Add(PrinterProblem.RibbonOut);
            if (BufferFull) problems.Add(PrinterProblem.BufferFull);
            if (CorruptRam) problems.Add(PrinterProblem.CorruptRam);
            if (UnderTemperature) problems.Add(PrinterProblem.UnderTemperature);
            if (OverTemperature) problems.Add(PrinterProblem.OverTemperature);
            return problems;
        }
    }

    /// <summary>Ready to take a new job: no problem that stops printing.</summary>
    public bool IsReady => Problems.Count == 0;

    /// <summary>Everything sent has come out of the printer.</summary>
    public bool IsIdle => FormatsInBuffer == 0 && LabelsRemaining == 0 && !PartialFormat;

    private const char Stx = '\u0002';
    private const char Etx = '\u0003';

    /// <summary>Parses the whole <c>~HS</c> answer; anything else is refused with a reason, never thrown.</summary>
    public static bool TryParse(string answer, out ZebraHostStatus? status, out string? problem)
    {
        status = null;
        var frames = new List<string[]>();
        var rest = answer.AsSpan();
        while (frames.Count < 3)
        {
            int start = rest.IndexOf(Stx);
            if (start < 0) break;
            int end = rest[start..].IndexOf(Etx);
            if (end < 0) break;
            frames.Add(rest.Slice(start + 1, end - 1).ToString().Split(','));
            rest = rest[(start + end + 1)..];
        }

        if (frames.Count < 2)
        {
            problem = $"expected three STX…ETX strings, got {frames.Count}";
            return false;
        }

        var first = frames[0];
        var second = frames[1];
        if (first.Length < 12 || second.Length < 11)
        {
            problem = $"expected 12 and 11 fields, got {first.Length} and {second.Length}";
            return false;
        }

        var ints = new int[23];
        string[] all = [.. first.Take(12), .. second.Take(11)];
        for (int i = 0; i < all.Length; i++)
        {
            if (!int.TryParse(all[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ints[i]))
            {
                problem = $"field {i + 1} is not a number: '{all[i]}'";
                return false;
            }
        }

        status = new ZebraHostStatus(
            PaperOut: ints[1] == 1,
            Paused: ints[2] == 1,
            LabelLengthDots: ints[3],
            FormatsInBuffer: ints[4],
            BufferFull: ints[5] == 1,
            DiagnosticMode: ints[6] == 1,
            PartialFormat: ints[7] == 1,
            CorruptRam: ints[9] == 1,
            UnderTemperature: ints[10] == 1,
            OverTemperature: ints[11] == 1,
            HeadUp: ints[14] == 1,
            RibbonOut: ints[15] == 1,
            ThermalTransfer: ints[16] == 1,
            PrintMode: ints[17],
            LabelWaiting: ints[19] == 1,
            LabelsRemaining: ints[20],
            GraphicsStored: ints[22]);
        problem = null;
        return true;
    }

    /// <summary>Counts the ETX bytes: a full answer has three.</summary>
    internal static bool IsComplete(ReadOnlySpan<byte> received) => received.Count((byte)Etx) >= 3;
}
