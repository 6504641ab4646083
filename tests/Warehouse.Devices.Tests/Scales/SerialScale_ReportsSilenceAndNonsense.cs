using Warehouse.Devices.Scales;
using static Warehouse.Devices.Tests.Scales.ScaleFixtures;

namespace Warehouse.Devices.Tests.Scales;

public sealed class SerialScale_ReportsSilenceAndNonsense
{
    [Theory]
    [InlineData("mt-sics")]
    [InlineData("toledo-8217")]
    public async Task A_scale_that_stops_answering_reads_as_no_answer_and_recovers_when_it_speaks_again(string protocol)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));
        device.SetWeight(900);
        await ReadUntilAsync<ScaleReading.Stable>(scale);

        device.SetSilent(true);
        var silent = await scale.ReadAsync(Deadline.In());
        device.SetSilent(false);

        Assert.IsType<ScaleReading.NoAnswer>(silent);
        Assert.Null(scale.StableWeight);
        Assert.Equal(900, (await ReadUntilAsync<ScaleReading.Stable>(scale)).Grams);
    }

    [Theory]
    [InlineData("mt-sics", "S X what\r\n")]
    [InlineData("mt-sics", "S S abc kg\r\n")]
    [InlineData("mt-sics", "\u0001\u00ff\u0010garbage\r\n")]
    [InlineData("mt-sics", "ES\r\n")]
    [InlineData("toledo-8217", "\u0002??\r")]
    [InlineData("toledo-8217", "\u000212.3x5\r")]
    [InlineData("toledo-8217", "no stx at all\r")]
    public async Task A_malformed_frame_reads_as_a_fault_and_never_as_a_weight(string protocol, string nonsense)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));
        device.SetWeight(900);
        // The line open and answering first: the read under test is one question and its answer.
        await ReadUntilAsync<ScaleReading.Stable>(scale);
        device.AnswerNonsense(nonsense);

        var reading = await scale.ReadAsync(Deadline.In());
        device.AnswerNonsense(null);

        Assert.IsType<ScaleReading.Fault>(reading);
        Assert.Equal(900, (await ReadUntilAsync<ScaleReading.Stable>(scale)).Grams);
    }

    [Fact]
    public async Task An_unplugged_scale_reads_as_no_answer_and_is_read_again_after_replug()
    {
        using var device = Device("mt-sics");
        await using var scale = new SerialScale(device.Path, Options("mt-sics"));
        device.SetWeight(300);
        await ReadUntilAsync<ScaleReading.Stable>(scale);

        device.Unplug();
        var gone = await ReadUntilAsync<ScaleReading.NoAnswer>(scale);
        device.Plug();

        Assert.Contains("gone", gone.Reason);
        Assert.Equal(300, (await ReadUntilAsync<ScaleReading.Stable>(scale)).Grams);
    }
}
