using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Scales;

public sealed class SerialScaleOptions
{
    public ScaleProtocol Protocol { get; set; } = ScaleProtocol.MtSics;

    /// <summary>The unit the scale is set to, for protocols whose frames carry none (Toledo 8217).</summary>
    public WeightUnit Unit { get; set; } = WeightUnit.Kilogram;

    /// <summary>How often to ask for the weight.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a question may stay unanswered before the scale counts as silent.</summary>
    public TimeSpan AnswerTimeout { get; set; } = TimeSpan.FromSeconds(1);

    public ReconnectOptions Reconnect { get; set; } = new();

    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
