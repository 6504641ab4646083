using System.Globalization;
using System.Text;

namespace Warehouse.Devices.Scales;

/// <summary>
/// Toledo 8217 answers: <c>STX WW.WWW [N] CR</c> for a settled weight, or <c>STX ? status CR</c>
/// while moving, under zero or over capacity. Frames carry no unit: it is the scale's configuration.
/// </summary>
public sealed class Toledo8217Answers : IScaleAnswers
{
    [Flags]
    public enum Status : byte
    {
        Motion = 1 << 0,
        OverCapacity = 1 << 1,
        UnderZero = 1 << 2,
        OutsideZeroCapture = 1 << 3,
        CenterOfZero = 1 << 4,
        Net = 1 << 5,
        AlwaysSet = 1 << 6,
    }

    public ScaleReading ReadWeight(ReadOnlySpan<byte> frame, WeightUnit configuredUnit, DateTimeOffset at)
    {
        if (!TryBody(frame, out var body)) return Unreadable(frame, at);
        if (body.Length > 0 && body[0] == '?')
        {
            if (!TryStatus(body, out var status)) return Unreadable(frame, at);
            if (status.HasFlag(Status.OverCapacity)) return new ScaleReading.Overload(at);
            if (status.HasFlag(Status.UnderZero)) return new ScaleReading.Underload(at);
            if (status.HasFlag(Status.Motion)) return new ScaleReading.InMotion(null, at);
            return new ScaleReading.Fault($"status without a weight: {status}", at);
        }

        var text = Encoding.ASCII.GetString(body).TrimEnd('N', ' ');
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new ScaleReading.Stable(WeightUnits.ToGrams(value, configuredUnit), at)
            : Unreadable(frame, at);
    }

    public ScaleCommandResult ReadCommandAnswer(ReadOnlySpan<byte> frame)
    {
        if (!TryBody(frame, out var body) || body.Length == 0 || body[0] != '?' || !TryStatus(body, out var status))
            return ScaleCommandResult.Refused($"unreadable answer {Convert.ToHexString(frame)}");
        if (status.HasFlag(Status.Motion)) return ScaleCommandResult.Refused("scale in motion");
        if (status.HasFlag(Status.OverCapacity)) return ScaleCommandResult.Refused("over capacity");
        if (status.HasFlag(Status.UnderZero)) return ScaleCommandResult.Refused("under zero");
        return ScaleCommandResult.Done;
    }

    private static bool TryBody(ReadOnlySpan<byte> frame, out ReadOnlySpan<byte> body)
    {
        int stx = frame.LastIndexOf((byte)0x02);
        body = stx < 0 ? default : frame[(stx + 1)..];
        return stx >= 0;
    }

    private static bool TryStatus(ReadOnlySpan<byte> body, out Status status)
    {
        // Bit 7 is parity on a 7E1 line; bit 6 is always set, which tells a status byte from noise.
        status = body.Length >= 2 ? (Status)(body[1] & 0x7F) : 0;
        return body.Length == 2 && status.HasFlag(Status.AlwaysSet);
    }

    private static ScaleReading Unreadable(ReadOnlySpan<byte> frame, DateTimeOffset at) =>
        new ScaleReading.Fault($"unreadable answer {Convert.ToHexString(frame)}", at);
}
