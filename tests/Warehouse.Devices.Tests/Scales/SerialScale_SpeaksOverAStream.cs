using Warehouse.Devices.Scales;
using Warehouse.Devices.Serial;
using Warehouse.Devices.Tests.Serial;

namespace Warehouse.Devices.Tests.Scales;

/// <summary>The scale driver handed a stream: questions go out on it and answers come back, no pseudo-terminal.</summary>
public sealed class SerialScale_SpeaksOverAStream
{
    // A loaded CI box can take half a second to schedule the answering task; a scale that
    // answers gets the same 2 s patience the pseudo-terminal tests give it.
    private static SerialScaleOptions Options => new()
    {
        Protocol = ScaleProtocol.MtSics,
        AnswerTimeout = TimeSpan.FromSeconds(2),
    };

    private static SerialScaleOptions Impatient => new()
    {
        Protocol = ScaleProtocol.MtSics,
        AnswerTimeout = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task A_stable_answer_reads_as_a_stable_weight()
    {
        var device = new StreamDevice();
        using var stop = new CancellationTokenSource();
        _ = device.AnswerEachLineAsync(c => c == "SI" ? "S S      1.250 kg\r\n" : "ES\r\n", stop.Token);
        await using var scale = new SerialScale(device.DriverSide, options: Options);

        var reading = await scale.ReadAsync(Deadline.In());

        Assert.Equal(1250, Assert.IsType<ScaleReading.Stable>(reading).Grams);
        Assert.True(scale.Health.IsOnline);
        await stop.CancelAsync();
    }

    [Fact]
    public async Task Zero_is_sent_as_its_command_and_its_answer_read()
    {
        var device = new StreamDevice();
        using var stop = new CancellationTokenSource();
        var commands = new List<string>();
        _ = device.AnswerEachLineAsync(c => { commands.Add(c); return c == "Z" ? "Z A\r\n" : "ES\r\n"; }, stop.Token);
        await using var scale = new SerialScale(device.DriverSide, options: Options);

        var result = await scale.ZeroAsync(Deadline.In());

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(["Z"], commands);
        await stop.CancelAsync();
    }

    [Fact]
    public async Task A_stream_with_no_answer_reads_as_no_answer_after_the_timeout()
    {
        var device = new StreamDevice();
        await using var scale = new SerialScale(device.DriverSide, options: Impatient);

        var reading = await scale.ReadAsync(Deadline.In());

        Assert.Contains("no answer to 'SI'", Assert.IsType<ScaleReading.NoAnswer>(reading).Reason);
    }

    [Fact]
    public async Task A_stream_that_ends_is_the_scale_gone()
    {
        var device = new StreamDevice();
        await using var scale = new SerialScale(device.DriverSide, options: Options);

        device.Unplug();
        var reading = await scale.ReadAsync(Deadline.In());

        Assert.Contains("scale gone", Assert.IsType<ScaleReading.NoAnswer>(reading).Reason);
        Assert.IsType<DeviceHealth.Gone>(scale.Health);
    }
}
