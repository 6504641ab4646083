using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Core.Barcodes;
using Warehouse.Core.Photos;
using static Microsoft.Playwright.Assertions;

namespace Warehouse.E2E;

/// <summary>
/// The camera check page (/devices/camera) in Chromium with a fake camera that films a Code 128
/// barcode: the code is decoded in the browser by zxing-wasm loaded from this app, not a CDN.
/// </summary>
public sealed class CameraCheck_InChromium(CameraCheck_InChromium.FakeCameraApp app) : IClassFixture<CameraCheck_InChromium.FakeCameraApp>
{
    public const string Filmed = "TOTE-0042";

    /// <summary>The floor app, and a Chromium whose only camera films <see cref="Filmed"/>.</summary>
    public sealed class FakeCameraApp : FakeCameraFloorApp
    {
        protected override BarcodeSymbol Filmed() => BarcodeSymbol.Code128(CameraCheck_InChromium.Filmed);
    }

    // The first decode loads zxing's WebAssembly (~1 MB): allow for a loaded machine.
    private static readonly LocatorAssertionsToHaveTextOptions Decoded = new() { Timeout = 60_000 };

    private async Task<(IPage Page, List<string> Problems)> CameraPageAsync(IBrowser? browser = null)
    {
        var page = browser is null
            ? await app.SignedInPageAsync("B-9901", "demo-admin")
            : await Chromium.SignedInPageAsync(browser, app.BaseUrl, "B-9901", "demo-admin");
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add(m.Text); };
        page.PageError += (_, e) => problems.Add(e);
        page.Request += (_, r) => { if (!r.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)) problems.Add("request to another origin: " + r.Url); };
        await page.GotoAsync("/devices/camera");
        return (page, problems);
    }

    [Fact]
    public async Task A_barcode_in_front_of_the_camera_is_shown_as_the_last_code_read()
    {
        var (page, problems) = await CameraPageAsync();

        await Expect(page.Locator("p[data-code]")).ToHaveTextAsync(Filmed, Decoded);
        await Expect(page.Locator("camera-check")).ToHaveAttributeAsync("data-state", "live");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_barcode_that_stays_in_view_is_read_once()
    {
        var (page, problems) = await CameraPageAsync();
        await Expect(page.Locator("p[data-code]")).ToHaveTextAsync(Filmed, Decoded);

        await page.WaitForTimeoutAsync(3000); // two repeat windows with the code in view all along

        Assert.Equal("1", await page.Locator("camera-check").GetAttributeAsync("data-codes"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_test_photo_taken_on_the_page_is_uploaded_and_stored_as_a_jpeg()
    {
        var (page, problems) = await CameraPageAsync();
        await Expect(page.Locator("camera-check")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 30_000 });

        await page.ClickAsync("[data-photo]");

        var result = page.Locator("[data-photo-result]");
        await Expect(result).ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("^(stored|failed)$"), new() { Timeout = 30_000 });
        Assert.True(await result.GetAttributeAsync("data-state") == "stored", await result.TextContentAsync());
        var id = Guid.Parse((await result.GetAttributeAsync("data-photo"))!);
        var found = await app.Services.GetRequiredService<PhotoStore>().FindAsync(id);
        Assert.NotNull(found);
        var (photo, path) = found.Value;
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal((PhotoPurpose.Check, ImageCheck.Jpeg, (long)bytes.Length), (photo.Purpose, photo.ContentType, photo.Length));
        Assert.Equal(ImageCheck.Jpeg, ImageCheck.Recognise(bytes));
        Assert.StartsWith("operator:", photo.TakenBy);
        // The fake camera's 640×480 frame of a barcode, not an empty canvas.
        Assert.InRange(bytes.Length, 5_000, 1_000_000);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_photo_whose_answer_was_lost_is_sent_again_with_its_upload_id_and_stored_once()
    {
        var (page, problems) = await CameraPageAsync();
        await Expect(page.Locator("camera-check")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 30_000 });
        var uploadIds = new List<string>();
        // The first try reaches the server and is stored, but the answer never reaches the handheld.
        await page.RouteAsync("**/api/photos?*", async route =>
        {
            uploadIds.Add(new Uri(route.Request.Url).Query);
            var answer = await route.FetchAsync();
            if (uploadIds.Count == 1) await route.AbortAsync("connectionreset");
            else await route.FulfillAsync(new() { Response = answer });
        });
        var before = await app.QueryAsync(db => db.Photos.CountAsync());

        await page.ClickAsync("[data-photo]");

        await Expect(page.Locator("[data-photo-result]")).ToHaveAttributeAsync("data-state", "stored", new() { Timeout = 30_000 });
        Assert.Equal(2, uploadIds.Count);
        Assert.Single(uploadIds.Distinct());
        Assert.Contains("uploadId=", uploadIds[0]);
        Assert.Equal(before + 1, await app.QueryAsync(db => db.Photos.CountAsync()));
        // The lost answer is the console's only complaint.
        Assert.Equal(["Failed to load resource: net::ERR_CONNECTION_RESET"], problems);
    }

    [Fact]
    public async Task Without_a_camera_the_page_says_so_in_words()
    {
        await using var plain = await app.OtherBrowserAsync(); // no fake camera: no camera at all
        var (page, problems) = await CameraPageAsync(plain);
        await page.Context.GrantPermissionsAsync(["camera"]);
        await page.ReloadAsync();

        await ExpectProblemAsync(page, "To urządzenie nie ma kamery.");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_camera_refused_by_the_browser_is_explained_in_words()
    {
        // A camera, but no fake "allow" answer: the browser refuses what it would have to ask about, as a
        // user's "block" does (NotAllowedError). The headless shell has no such answer (NotSupportedError).
        await using var asking = await app.WholeBrowserAsync("--use-fake-device-for-media-stream");
        var (page, problems) = await CameraPageAsync(asking);

        await ExpectProblemAsync(page, "Odmówiono dostępu do kamery: zezwól na nią w ustawieniach przeglądarki i odśwież stronę.");
        Assert.Empty(problems);
    }

    private static async Task ExpectProblemAsync(IPage page, string said)
    {
        await Expect(page.Locator("camera-check")).ToHaveAttributeAsync("data-state", "problem", new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-problem]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-problem]")).ToHaveTextAsync(said);
    }
}
