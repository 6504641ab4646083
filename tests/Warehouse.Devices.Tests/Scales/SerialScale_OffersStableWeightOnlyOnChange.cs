using System.Collections.Concurrent;
using Warehouse.Devices.Scales;
using static Warehouse.Devices.Tests.Scales.ScaleFixtures;

namespace Warehouse.Devices.Tests.Scales;

public sealed class SerialScale_OffersStableWeightOnlyOnChange
{
    [Theory]
    [InlineData("mt-sics")]
    [InlineData("toledo-8217")]
    public async Task Each_new_stable_weight_is_announced_once_after_the_motion_ends(string protocol)
    {
        using var device = Device(protocol);
        var announced = new BlockingCollection<ScaleReading.Stable>();
        var scale = SerialScale.Start(device.Path, Options(protocol));
        await using var _ = scale;
        scale.StableWeightChanged += announced.Add;

        device.SetWeight(1_200);
        var first = await TakeAsync(announced);
        if (first.Grams == 0) first = await TakeAsync(announced); // the empty scale may have settled first
        for (int i = 0; i < 3; i++) Assert.IsType<ScaleReading.Stable>(await scale.ReadAsync(Deadline.In()));
        int repeated = announced.Count;
        device.SetWeight(1_500);
        var second = await TakeAsync(announced);

        Assert.Equal(1_200, first.Grams);
        Assert.Equal(0, repeated);
        Assert.Equal(1_500, second.Grams);
        Assert.Empty(announced);
    }

    private static Task<ScaleReading.Stable> TakeAsync(BlockingCollection<ScaleReading.Stable> announced) =>
        Task.Run(() => announced.Take(Deadline.In()));
}
