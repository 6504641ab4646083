using Warehouse.Devices.Scales;
using static Warehouse.Devices.Tests.Scales.ScaleFixtures;

namespace Warehouse.Devices.Tests.Scales;

public sealed class SerialScale_ZerosAndTares
{
    [Theory]
    [InlineData("mt-sics")]
    [InlineData("toledo-8217")]
    public async Task A_tared_carton_is_left_out_of_the_weight(string protocol)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));
        device.SetWeight(400);
        await ReadUntilAsync<ScaleReading.Stable>(scale, r => r.Grams == 400);

        var tared = await scale.TareAsync(Deadline.In());
        device.SetWeight(1_650);

        Assert.True(tared.Succeeded, tared.Reason);
        Assert.Equal(1_250, (await ReadUntilAsync<ScaleReading.Stable>(scale, r => r.Grams != 0)).Grams);
        Assert.True((await scale.ClearTareAsync(Deadline.In())).Succeeded);
        Assert.Equal(1_650, (await ReadUntilAsync<ScaleReading.Stable>(scale)).Grams);
    }

    [Theory]
    [InlineData("mt-sics")]
    [InlineData("toledo-8217")]
    public async Task Zeroing_makes_the_resting_load_read_zero(string protocol)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));
        device.SetWeight(35);
        await ReadUntilAsync<ScaleReading.Stable>(scale, r => r.Grams == 35);

        var zeroed = await scale.ZeroAsync(Deadline.In());

        Assert.True(zeroed.Succeeded, zeroed.Reason);
        Assert.Equal(0, (await scale.ReadAsync(Deadline.In()) as ScaleReading.Stable)?.Grams);
    }

    [Theory]
    [InlineData("mt-sics")]
    [InlineData("toledo-8217")]
    public async Task Taring_a_moving_load_is_refused(string protocol)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));
        device.SetMotion(true);
        device.SetWeight(400);

        var tared = await scale.TareAsync(Deadline.In());

        Assert.False(tared.Succeeded);
    }
}
