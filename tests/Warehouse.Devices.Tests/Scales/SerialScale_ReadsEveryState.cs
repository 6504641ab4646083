using Warehouse.Devices.Scales;
using static Warehouse.Devices.Tests.Scales.ScaleFixtures;

namespace Warehouse.Devices.Tests.Scales;

public sealed class SerialScale_ReadsEveryState
{
    public static TheoryData<string> Protocols => new() { "mt-sics", "toledo-8217" };

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_settled_load_reads_as_a_stable_weight_in_grams(string protocol)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));

        device.SetWeight(2_345);

        var stable = await ReadUntilAsync<ScaleReading.Stable>(scale);
        Assert.Equal(2_345, stable.Grams);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_load_that_is_still_moving_is_not_offered_as_stable(string protocol)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));
        device.SetMotion(true);
        device.SetWeight(1_000);

        var reading = await scale.ReadAsync(Deadline.In());

        Assert.IsType<ScaleReading.InMotion>(reading);
        Assert.Null(scale.StableWeight);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task An_overloaded_scale_reads_as_overload(string protocol)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));

        device.SetOverload(true);

        Assert.IsType<ScaleReading.Overload>(await scale.ReadAsync(Deadline.In()));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task An_underloaded_scale_reads_as_underload(string protocol)
    {
        using var device = Device(protocol);
        await using var scale = new SerialScale(device.Path, Options(protocol));

        device.SetUnderload(true);

        Assert.IsType<ScaleReading.Underload>(await scale.ReadAsync(Deadline.In()));
    }

    [Fact]
    public async Task A_Toledo_scale_set_to_pounds_is_read_in_grams()
    {
        using var device = Device("toledo-8217", WeightUnit.Pound);
        await using var scale = new SerialScale(device.Path, Options("toledo-8217", WeightUnit.Pound));

        device.SetWeight(4_536); // 10.000 lb

        var stable = await ReadUntilAsync<ScaleReading.Stable>(scale);
        Assert.InRange(stable.Grams, 4_535, 4_537);
    }

    [Fact]
    public async Task An_MT_SICS_scale_moving_still_shows_the_weight_it_has()
    {
        using var device = Device("mt-sics");
        await using var scale = new SerialScale(device.Path, Options("mt-sics"));
        device.SetMotion(true);
        device.SetWeight(750);

        var moving = Assert.IsType<ScaleReading.InMotion>(await scale.ReadAsync(Deadline.In()));

        Assert.Equal(750, moving.Grams);
    }
}
