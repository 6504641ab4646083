using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warehouse.Web.Apis;
using Warehouse.Web.Demo;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// A packed parcel's label is drawn in the browser (zpl-renderer-js in a Web Worker) on the
/// station screen without any click, and on the demo printers page from what the simulated Zebra
/// received: a 4×6 in label at 203 dpi, 812×1218 pixels, with print on it. Markup in a label
/// never becomes part of the page.
/// </summary>
public sealed class LabelImages_InChromium(FloorApp app) : IClassFixture<FloorApp>
{
    // Drawing the first label loads ~9 MB of renderer and its WebAssembly: allow for a loaded machine.
    private static readonly LocatorAssertionsToHaveAttributeOptions Drawn = new() { Timeout = 60_000 };

    // Playwright fills results through a parameterless constructor and setters.
    private sealed class Pixels
    {
        public int Width { get; set; }
        public int Height { get; set; }
        public int Black { get; set; }
        public int White { get; set; }
        public string Src { get; set; } = "";
    }

    // Draws the <img> onto a canvas in the page and counts dark and light pixels.
    private const string CountPixels = """
        img => {
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const ctx = canvas.getContext('2d');
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let black = 0, white = 0;
          for (let i = 0; i < data.length; i += 4) {
            const light = (data[i] + data[i + 1] + data[i + 2]) / 3;
            if (data[i + 3] > 200 && light < 64) black++;
            else if (data[i + 3] > 200 && light > 192) white++;
          }
          return { width: img.naturalWidth, height: img.naturalHeight, black, white, src: img.src };
        }
        """;

    private static async Task<Pixels> PixelsOfAsync(ILocator labelImage)
    {
        await labelImage.ScrollIntoViewIfNeededAsync(); // labels are drawn when they come into view
        await Expect(labelImage).ToHaveAttributeAsync("data-state", new Regex("^(shown|failed)$"), Drawn);
        if (await labelImage.GetAttributeAsync("data-state") != "shown")
            Assert.Fail("The label was not drawn: " + await labelImage.Locator("img").GetAttributeAsync("alt"));
        return await labelImage.Locator("img").EvaluateAsync<Pixels>(CountPixels);
    }

    private static void AssertIsA4x6LabelAt203Dpi(Pixels label)
    {
        Assert.Equal((812, 1218), (label.Width, label.Height));
        Assert.StartsWith("data:image/png;base64,", label.Src);
        var all = label.Width * label.Height;
        // Text, lines and barcodes on a white label: some black, mostly white, nothing in between.
        Assert.InRange(label.Black, all / 50, all / 2);
        Assert.InRange(label.White, all / 2, all);
    }

    [Fact]
    public async Task A_packed_parcels_label_is_shown_as_an_image_on_the_station_and_the_demo_printers_page()
    {
        var station = await app.EnrolledStationAsync("PACK-01");
        var shampoo = await app.EanAsync("SZA-0002");
        var balm = await app.EanAsync("BAL-0004");
        await Expect(station.Locator("#parcels label-image")).ToHaveCountAsync(0);

        await WedgeAsync(station, "B-1001");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Anna Kowalska");
        await WedgeAsync(station, "DEMO-1");
        await ExpectResultAsync(station, "Accepted", "DEMO-1");
        foreach (var item in (string[])[shampoo, balm, shampoo])
            await WedgeAsync(station, item);
        await ExpectResultAsync(station, "ParcelDone", "DEMO-1");
        // The label is being drawn now, the first time with the renderer still loading: the
        // scanner is answered all the same.
        await WedgeAsync(station, "DEMO-2");
        await ExpectResultAsync(station, "Accepted", "DEMO-2");

        var tracking = await CarrierAnswers.TrackingNumberAsync(app.QueryAsync<string?>, "DEMO-1");
        var onStation = await PixelsOfAsync(station.Locator($"#label-preview[data-label-of='{tracking}'] label-image"));
        AssertIsA4x6LabelAt203Dpi(onStation);

        // The next parcel shows its own label; the earlier one is a thumbnail away.
        await WedgeAsync(station, await app.EanAsync("KSI-0005"));
        await ExpectResultAsync(station, "ParcelDone", "DEMO-2");
        var second = await CarrierAnswers.TrackingNumberAsync(app.QueryAsync<string?>, "DEMO-2");
        var next = await PixelsOfAsync(station.Locator($"#label-preview[data-label-of='{second}'] label-image"));
        AssertIsA4x6LabelAt203Dpi(next);
        Assert.NotEqual(onStation.Src, next.Src);
        await station.ClickAsync($"#parcels li[data-tracking='{tracking}'] .label-thumb");
        var again = await PixelsOfAsync(station.Locator($"#label-preview[data-label-of='{tracking}'] label-image"));
        Assert.Equal(onStation.Src, again.Src);

        // The label carries the recipient's address: only the station that packed it reads it.
        var label = StationLabels.For(tracking);
        const string Fetch = "url => fetch(url, { redirect: 'manual' }).then(async r => r.status + ' ' + await r.text())";
        Assert.Contains(tracking, await station.EvaluateAsync<string>(Fetch, label));
        var otherStation = await app.EnrolledStationAsync("PACK-02");
        Assert.Equal("404 ", await otherStation.EvaluateAsync<string>(Fetch, label));
        var nobody = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var anonymous = await nobody.APIRequest.GetAsync(label, new() { MaxRedirects = 0 });
        Assert.Equal(302, anonymous.Status);
        Assert.Contains("/login", anonymous.Headers["location"]);
        await nobody.DisposeAsync();

        // Anything on the network can send ZPL to a printer port: markup in it stays label text.
        var exposed = app.Services.GetRequiredService<DemoPrinters>()["PACK-02"];
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(exposed.Host, exposed.Port);
            await tcp.GetStream().WriteAsync(Encoding.UTF8.GetBytes(
                "^XA^PW812^LL1218^FO40,40^A0N,40,40^FD\"><img src=x onerror=alert(1)><script>alert(2)</script>^FS^XZ"));
        }
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            await exposed.WaitForLabelAsync(1, timeout.Token);

        var printers = await app.SignedInPageAsync("B-9901", "demo-admin");
        var dialogs = 0;
        printers.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await printers.GotoAsync("/admin/printers");
        var received = printers.Locator("[data-printer=PACK-01] .received-labels li").First.Locator("label-image");
        var onPrinter = await PixelsOfAsync(received);
        AssertIsA4x6LabelAt203Dpi(onPrinter);
        // Newest first, and the very label the station showed: the same ZPL draws the same PNG.
        Assert.Equal(next.Src, onPrinter.Src);

        var injected = printers.Locator("[data-printer=PACK-02] .received-labels li").First.Locator("label-image");
        var drawnText = await PixelsOfAsync(injected);
        Assert.Equal((812, 1218), (drawnText.Width, drawnText.Height));
        Assert.True(drawnText.Black > 0, "the text of the injected label was not drawn");
        Assert.Equal(0, await printers.Locator("img[src=x], [data-printer] script").CountAsync());
        Assert.Equal(0, dialogs);
    }
}
