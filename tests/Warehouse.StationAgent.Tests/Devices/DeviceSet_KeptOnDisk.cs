using Warehouse.StationAgent.Devices;
using Warehouse.StationLink;

namespace Warehouse.StationAgent.Tests.Devices;

/// <summary>The last device set the server sent is kept, so a restarted agent reads scans while the server is away.</summary>
public sealed class DeviceSet_KeptOnDisk
{
    [Fact]
    public void A_saved_device_set_loads_back_equal()
    {
        using var folder = new TempFolder();
        var set = new DeviceSet("/dev/serial/by-id/usb-Honeywell-if00", "crlf", "/dev/ttyUSB1", "toledo-8217", "lb", "10.0.4.17:9100");

        set.Save(folder.Path);

        Assert.Equal(set, DeviceSet.Load(folder.Path));
    }

    [Fact]
    public void Empty_fields_of_the_welcome_are_no_device_and_survive_a_save()
    {
        using var folder = new TempFolder();
        var set = DeviceSet.From(new Welcome { StationCode = "PACK-02", ScannerPath = "/dev/ttyACM0", ScannerSuffix = "cr", ScaleProtocol = "mt-sics", ScaleUnit = "kg" });

        set.Save(folder.Path);
        var loaded = DeviceSet.Load(folder.Path);

        Assert.Equal(set, loaded);
        Assert.Null(loaded!.ScalePath);
        Assert.Null(loaded.PrinterAddress);
    }

    [Fact]
    public void The_document_printer_of_the_welcome_is_kept_and_a_file_from_before_document_printers_loads_without_one()
    {
        using var folder = new TempFolder();
        var set = DeviceSet.From(new Welcome { ScannerPath = "/dev/ttyACM0", ScannerSuffix = "cr", ScaleProtocol = "mt-sics", ScaleUnit = "kg", DocumentPrinterUri = "ipp://10.0.4.21:631/ipp/print" });

        set.Save(folder.Path);
        Assert.Equal("ipp://10.0.4.21:631/ipp/print", DeviceSet.Load(folder.Path)!.DocumentPrinterUri);

        File.WriteAllText(folder.File("devices.json"), "{\"ScannerPath\":\"/dev/ttyACM0\",\"ScannerSuffix\":\"cr\",\"ScalePath\":null,\"ScaleProtocol\":\"mt-sics\",\"ScaleUnit\":\"kg\",\"PrinterAddress\":null}");
        var older = DeviceSet.Load(folder.Path);
        Assert.NotNull(older);
        Assert.Null(older.DocumentPrinterUri);
    }

    [Fact]
    public void No_file_means_no_device_set_yet()
    {
        using var folder = new TempFolder();

        Assert.Null(DeviceSet.Load(folder.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"ScannerPath\":\"/dev/tty")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("{\"ScannerPath\":\"/dev/ttyACM0\",\"ScaleProtocol\":\"mt-sics\",\"ScaleUnit\":\"kg\"}")]
    public void A_damaged_file_is_taken_as_no_device_set_until_the_server_sends_one(string content)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("devices.json"), content);

        Assert.Null(DeviceSet.Load(folder.Path));
    }

    [Fact]
    public void Saving_over_a_damaged_file_replaces_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("devices.json"), "{\"ScannerPath\":");
        var set = new DeviceSet("/dev/ttyACM0", "cr", null, "mt-sics", "kg", null);

        set.Save(folder.Path);

        Assert.Equal(set, DeviceSet.Load(folder.Path));
    }
}
