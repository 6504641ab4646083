using Warehouse.Core.Stations;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.Core.Tests.Stations;

/// <summary>The station's document printer is an ipp:// or ipps:// address and nothing else: hostile input is refused with the rule.</summary>
public sealed class DocumentPrinterUris_Checked
{
    [Theory]
    [InlineData("ipp://laser-pack01.floor.local:631/ipp/print", false, "laser-pack01.floor.local", 631, "/ipp/print")]
    [InlineData("ipp://10.20.0.15/ipp/print", false, "10.20.0.15", 631, "/ipp/print")]
    [InlineData("ipps://printer.example.com:8631/printers/Laser_1", true, "printer.example.com", 8631, "/printers/Laser_1")]
    [InlineData("IPP://[fe80::1]:631/ipp/print", false, "fe80::1", 631, "/ipp/print")]
    public void An_ipp_address_is_taken_apart(string text, bool secure, string host, int port, string path)
    {
        Assert.True(DocumentPrinterUris.TryParse(text, out var printer));
        Assert.Equal(new DocumentPrinterUri(secure, host, port, path), printer);
    }

    [Fact]
    public void An_ipp_address_is_posted_to_over_http_and_an_ipps_one_over_https_on_the_same_port()
    {
        DocumentPrinterUris.TryParse("ipp://10.20.0.15/ipp/print", out var plain);
        DocumentPrinterUris.TryParse("ipps://[fe80::1]:8631/ipp/print", out var secure);

        Assert.Equal("http://10.20.0.15:631/ipp/print", plain!.HttpUri.ToString());
        Assert.Equal("ipp://10.20.0.15:631/ipp/print", plain.PrinterUri);
        Assert.Equal("https://[fe80::1]:8631/ipp/print", secure!.HttpUri.ToString());
    }

    [Theory]
    [InlineData("ipps://10.20.0.15/ipp/print#sha256=9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")]
    [InlineData("ipps://10.20.0.15/ipp/print#SHA256=9f:86:d0:81:88:4c:7d:65:9a:2f:ea:a0:c5:5a:d0:15:a3:bf:4f:1b:2b:0b:82:2c:d1:5d:6c:15:b0:f0:0a:08")]
    public void An_ipps_printers_own_certificate_is_pinned_by_its_fingerprint_written_as_the_printer_shows_it(string text)
    {
        Assert.True(DocumentPrinterUris.TryParse(text, out var printer));

        Assert.Equal("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", printer!.CertificateSha256);
        // The pin is ours: the printer is asked as it calls itself, without it.
        Assert.Equal("ipps://10.20.0.15:631/ipp/print", printer.PrinterUri);
        Assert.Equal("https://10.20.0.15:631/ipp/print", printer.HttpUri.ToString());
    }

    [Theory]
    [InlineData("ipp://10.20.0.15/ipp/print#sha256=9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")] // nothing to pin on plain HTTP
    [InlineData("ipps://10.20.0.15/ipp/print#sha256=9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A0")]
    [InlineData("ipps://10.20.0.15/ipp/print#sha256=9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A0Z")]
    [InlineData("ipps://10.20.0.15/ipp/print#sha1=A94A8FE5CCB19BA61C4C0873D391E987982FBBD3")]
    [InlineData("ipps://10.20.0.15/ipp/print#sha256=")]
    [InlineData("ipps://10.20.0.15/ipp/print#sha256=9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08#x")]
    [InlineData("ipps://10.20.0.15/ipp/print#sha256=<script>alert(1)</script>")]
    public void A_pin_that_is_not_a_sha256_fingerprint_of_an_ipps_printer_is_refused(string text) => Assert.False(DocumentPrinterUris.TryParse(text, out _));

    [Theory]
    [InlineData("")]
    [InlineData("10.20.0.15:631")]
    [InlineData("http://10.20.0.15:631/ipp/print")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ipp:///ipp/print")]
    [InlineData("ipp://admin:secret@10.20.0.15/ipp/print")]
    [InlineData("ipp://10.20.0.15:0/ipp/print")]
    [InlineData("ipp://10.20.0.15:65536/ipp/print")]
    [InlineData("ipp://10.20.0.15/ipp/print?x=1")]
    [InlineData("ipp://10.20.0.15/ipp/print#top")]
    [InlineData("ipp://10.20.0.15/ipp/../admin")]
    [InlineData("ipp://10.20.0.15/ipp/%2e%2e/admin")]
    [InlineData("ipp://10.20.0.15/ipp/print<script>")]
    [InlineData("ipp://10.20.0.15/ipp/pr int")]
    [InlineData("ipp://10.20.0.15/ipp/print\r\nHost: evil")]
    [InlineData("ipp://drukarka-łódź/ipp/print")]
    [InlineData("ipp://bad_host!/ipp/print")]
    public void Anything_else_is_refused(string text) => Assert.False(DocumentPrinterUris.TryParse(text, out _));

    [Fact]
    public void An_address_longer_than_a_device_path_is_refused() =>
        Assert.False(DocumentPrinterUris.TryParse($"ipp://printer.example.com/{new string('a', StationDeviceRules.MaxPathLength)}", out _));

    [Fact]
    public void A_device_set_with_a_hostile_document_printer_is_not_saved_and_says_why()
    {
        var problems = StationDeviceRules.Check(new StationDeviceSet { DocumentPrinterUri = "ipp://admin:secret@10.20.0.15/ipp/print" });

        Assert.Equal(DocumentPrinterUris.Rule, problems[nameof(StationDeviceSet.DocumentPrinterUri)]);
        Assert.Empty(StationDeviceRules.Check(new StationDeviceSet { DocumentPrinterUri = "ipp://10.20.0.15/ipp/print" }));
    }

    [Fact]
    public void An_agent_station_with_only_a_document_printer_has_a_device_for_its_agent()
    {
        Assert.Empty(StationDeviceRules.Check(new StationDeviceSet { Connection = DeviceConnection.Agent, DocumentPrinterUri = "ipp://10.20.0.15/ipp/print" }));
        Assert.Contains(nameof(StationDeviceSet.Connection), StationDeviceRules.Check(new StationDeviceSet { Connection = DeviceConnection.Agent }).Keys);
    }
}
