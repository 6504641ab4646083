using Warehouse.DeviceSimulators.Terminals;
using Warehouse.Devices.Scales;
using Warehouse.Devices.DeviceFiles;

namespace Warehouse.Devices.Tests.Scales;

public sealed class HidScale_ReadsReportsFromAStream
{
    public static TheoryData<byte[], string, int?> Reports => new()
    {
        { [3, 4, 2, 0, 0xD2, 0x04], "Stable", 1234 },          // 1234 g
        { [3, 4, 3, 0xFD, 0xB6, 0x08], "Stable", 2230 },        // 2230 × 10^-3 kg
        { [3, 4, 12, 0xFF, 100, 0], "Stable", 4536 },           // 10.0 lb
        { [3, 2, 2, 0, 0, 0], "Stable", 0 },
        { [3, 3, 2, 0, 10, 0], "InMotion", 10 },
        { [3, 5, 2, 0, 0, 0], "Underload", null },
        { [3, 6, 2, 0, 0, 0], "Overload", null },
        { [3, 1, 2, 0, 0, 0], "Fault", null },
        { [3, 8, 2, 0, 0, 0], "Fault", null },
        { [7, 4, 2, 0, 1, 0], "Fault", null },
        { [3, 4, 99, 0, 1, 0], "Fault", null },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Each_report_reads_as_its_state(byte[] report, string state, int? grams)
    {
        using var pty = PseudoTerminal.Open();
        using var device = DeviceFile.Open(pty.SlavePath);
        await using var stream = device.AsStream(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), leaveOpen: true);
        var scale = new HidScale(stream);

        await pty.WriteAsync(report, Deadline.In());
        var reading = await scale.ReadAsync(Deadline.In());

        Assert.Equal(state, reading.GetType().Name);
        if (grams is not null) Assert.Equal(grams, reading is ScaleReading.Stable s ? s.Grams : ((ScaleReading.InMotion)reading).Grams);
    }

    [Fact]
    public async Task A_scale_that_sends_nothing_reads_as_no_answer()
    {
        using var pty = PseudoTerminal.Open();
        using var device = DeviceFile.Open(pty.SlavePath);
        await using var stream = device.AsStream(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), leaveOpen: true);

        var reading = await new HidScale(stream).ReadAsync(Deadline.In());

        Assert.IsType<ScaleReading.NoAnswer>(reading);
    }
}
