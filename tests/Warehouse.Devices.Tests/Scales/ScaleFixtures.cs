using Warehouse.DeviceSimulators.Scales;
using Warehouse.Devices.Scales;
using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Tests.Scales;

internal static class ScaleFixtures
{
    public static ScaleProtocol ProtocolNamed(string name) => ScaleProtocol.Named(name);

    public static ScaleSimulator Device(string protocol, WeightUnit unit = WeightUnit.Kilogram) => new(new ScaleSimulatorOptions
    {
        Protocol = ProtocolNamed(protocol),
        SettleTime = TimeSpan.FromMilliseconds(150),
        Unit = unit,
    });

    public static SerialScaleOptions Options(string protocol, WeightUnit unit = WeightUnit.Kilogram) => new()
    {
        Protocol = ProtocolNamed(protocol),
        Unit = unit,
        PollInterval = TimeSpan.FromMilliseconds(20),
        // Generous: the whole suite shares two cores with Chromium, and a missed answer reads as silence.
        AnswerTimeout = TimeSpan.FromMilliseconds(2000),
        Reconnect = new ReconnectOptions { FirstRetry = TimeSpan.FromMilliseconds(20), LongestRetry = TimeSpan.FromMilliseconds(100) },
    };

    /// <summary>Polls until the scale reads as <typeparamref name="T"/>, within the test's deadline.</summary>
    public static async Task<T> ReadUntilAsync<T>(SerialScale scale, Func<T, bool>? also = null) where T : ScaleReading
    {
        var deadline = Deadline.In();
        while (true)
        {
            if (await scale.ReadAsync(deadline) is T reading && (also is null || also(reading))) return reading;
            await Task.Delay(20, deadline);
        }
    }
}
