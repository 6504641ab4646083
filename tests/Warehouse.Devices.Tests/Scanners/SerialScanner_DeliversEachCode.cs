using Warehouse.Devices.Scanners;
using static Warehouse.Devices.Tests.Scanners.ScannerFixtures;

namespace Warehouse.Devices.Tests.Scanners;

public sealed class SerialScanner_DeliversEachCode
{
    [Theory]
    [InlineData(ScannerSuffix.CarriageReturn)]
    [InlineData(ScannerSuffix.LineFeed)]
    [InlineData(ScannerSuffix.CarriageReturnLineFeed)]
    [InlineData(ScannerSuffix.Tab)]
    public async Task Codes_ending_in_the_configured_suffix_arrive_without_it(ScannerSuffix suffix)
    {
        var (device, driver) = Connect(suffix);
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);

        await device.ScanAsync("5901234123457", cancellationToken: Deadline.In());
        await device.ScanAsync("TOTE-0042", cancellationToken: Deadline.In());

        Assert.Equal("5901234123457", (await NextAsync<ScannedCode>(driver)).Data);
        Assert.Equal("TOTE-0042", (await NextAsync<ScannedCode>(driver)).Data);
    }

    [Theory]
    [InlineData("]E0", "5901234123457")]
    [InlineData("]C0", "TOTE-0042")]
    [InlineData("]Q1", "https://id.example.com/01/05901234123457")]
    [InlineData("]d2", "0105901234123457\u001d10ABC123")]
    public async Task An_AIM_prefix_is_split_out_as_the_symbology(string aim, string data)
    {
        var (device, driver) = Connect(ScannerSuffix.CarriageReturnLineFeed);
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);

        await device.ScanAsync(data, aim, Deadline.In());
        var code = await NextAsync<ScannedCode>(driver);

        Assert.Equal(aim, code.SymbologyId);
        Assert.Equal(data, code.Data);
    }

    [Fact]
    public async Task GS1_data_keeps_its_group_separators_for_the_GS1_parser()
    {
        var (device, driver) = Connect();
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);
        const string gs1 = "00359012345000000013" + "10LOT-7\u001d" + "3103001250" + "400PO-991\u001d" + "42000-950";

        await device.ScanAsync(gs1, "]C1", Deadline.In());
        var code = await NextAsync<ScannedCode>(driver);

        Assert.Equal("]C1", code.SymbologyId);
        Assert.Equal(gs1, code.Data);
        Assert.Equal(2, code.Data.Count(c => c == '\u001d'));
    }

    [Fact]
    public async Task Text_in_UTF_8_arrives_as_text()
    {
        var (device, driver) = Connect();
        using var _ = device;
        await using var __ = driver;
        await WaitOnlineAsync(driver);

        await device.ScanAsync("Łódź-Żółw", cancellationToken: Deadline.In());

        Assert.Equal("Łódź-Żółw", (await NextAsync<ScannedCode>(driver)).Data);
    }
}
