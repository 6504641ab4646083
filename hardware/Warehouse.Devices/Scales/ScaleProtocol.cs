using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Scales;

/// <summary>
/// A scale protocol described as data: line settings, where a frame ends, the commands, and the
/// parser for its answers. Adding a scale is adding one of these.
/// </summary>
public sealed record ScaleProtocol(
    string Name,
    SerialSettings Settings,
    byte FrameEnd,
    string WeighCommand,
    string ZeroCommand,
    string TareCommand,
    string ClearTareCommand,
    IScaleAnswers Answers)
{
    /// <summary>Mettler Toledo MT-SICS: 9600 8N1, CR LF, <c>SI</c> for weight with its stability.</summary>
    public static ScaleProtocol MtSics { get; } = new(
        "mt-sics", SerialSettings.Baud9600Data8NoParity, (byte)'\n', "SI\r\n", "Z\r\n", "T\r\n", "TAC\r\n", new MtSicsAnswers());

    /// <summary>Toledo 8217 (POS/shipping scales): 9600 7E1, single-letter commands, STX…CR frames without a unit.</summary>
    public static ScaleProtocol Toledo8217 { get; } = new(
        "toledo-8217", SerialSettings.Baud9600Data7EvenParity, (byte)'\r', "W", "Z", "T", "C", new Toledo8217Answers());

    public static ScaleProtocol Named(string name) => name.ToLowerInvariant() switch
    {
        "mt-sics" or "mtsics" => MtSics,
        "toledo-8217" or "8217" => Toledo8217,
        _ => throw new ArgumentException($"unknown scale protocol '{name}'", nameof(name)),
    };
}

/// <summary>Reads one frame (without its end byte) of a scale's answer.</summary>
public interface IScaleAnswers
{
    ScaleReading ReadWeight(ReadOnlySpan<byte> frame, WeightUnit configuredUnit, DateTimeOffset at);

    ScaleCommandResult ReadCommandAnswer(ReadOnlySpan<byte> frame);
}
