using Warehouse.DeviceSimulators.Scales;
using Warehouse.Devices.Scales;
using static Warehouse.Devices.Tests.Scales.ScaleFixtures;

namespace Warehouse.Devices.Tests.Scales;

/// <summary>A by-id name that comes to lead to another scale is followed; SerialPort alone would keep asking the old one.</summary>
public sealed class SerialScale_FollowsItsNameAcrossAReplug : IDisposable
{
    private readonly DirectoryInfo _byId = Directory.CreateTempSubdirectory("warehouse-by-id-");

    [Fact]
    public async Task After_the_name_moves_to_another_scale_its_weight_is_read()
    {
        string link = Path.Combine(_byId.FullName, "usb-Mettler_Toledo-if00-port0");
        using var first = new ScaleSimulator(new ScaleSimulatorOptions { Protocol = ScaleProtocol.MtSics, LinkPath = link, SettleTime = TimeSpan.Zero });
        first.SetWeight(1000);
        await using var scale = new SerialScale(link, Options("mt-sics"));
        await ReadUntilAsync<ScaleReading.Stable>(scale, s => s.Grams == 1000);

        // A second scale takes the same name; the first one is still there and still answers.
        using var second = new ScaleSimulator(new ScaleSimulatorOptions { Protocol = ScaleProtocol.MtSics, LinkPath = link, SettleTime = TimeSpan.Zero });
        second.SetWeight(2000);

        Assert.Equal(2000, (await ReadUntilAsync<ScaleReading.Stable>(scale, s => s.Grams == 2000)).Grams);
        Assert.True(scale.Health.IsOnline);
    }

    public void Dispose() => _byId.Delete(recursive: true);
}
