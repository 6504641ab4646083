using Microsoft.Playwright;
using Warehouse.Core.Barcodes;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// A GS1-128 barcode read by the camera comes as a GS1 scanner sends it: <c>]C1</c>, the element
/// string, and GS after a variable-length element that is not last — what the station pipeline reads.
/// </summary>
public sealed class CameraScan_Gs1InChromium(CameraScan_Gs1InChromium.Gs1CameraApp app) : IClassFixture<CameraScan_Gs1InChromium.Gs1CameraApp>
{
    public sealed class Gs1CameraApp : FakeCameraFloorApp
    {
        protected override BarcodeSymbol Filmed() => BarcodeSymbol.Gs1_128([new("10", "L2611"), new("17", "271231")]);
    }

    [Fact]
    public async Task A_gs1_128_barcode_is_passed_on_with_its_symbology_identifier_and_group_separator()
    {
        var page = await app.SignedInPageAsync("B-9901", "demo-admin");
        await page.GotoAsync("/devices/camera");

        await Expect(page.Locator("p[data-code]")).ToHaveAttributeAsync("data-code", "]C110L2611\u001d17271231", new() { Timeout = 60_000 });
    }
}
