using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.DeviceSimulators.Printers;
using Warehouse.DeviceSimulators.Scales;
using Warehouse.Testing;
using Warehouse.Web.Tests.Deployment;

namespace Warehouse.Web.Tests.FirstStart;

/// <summary>
/// Acceptance 1 of issue 9, as a real warehouse starts: the published app on a fresh SQLite folder
/// without --demo; the documented commands make the first admin (password on standard input), a
/// packing station and an API key; the admin enrols the station and gives it a scale (simulated on a
/// pseudo-terminal) and a Zebra (simulated on TCP) on the devices page, adds a carton on the cartons
/// page and uploads 200 SKUs as Polish Excel writes them; the shop sends an order by the v1 contract;
/// scans and the scale pack it, and the label reaches the Zebra and reads back.
/// </summary>
public sealed class FirstStart_RealWarehouse : IDisposable
{
    private const string Password = "correct horse battery";
    private const string OrderNumber = "SKLEP-1001";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("warehouse-realstart-").FullName;

    [Fact]
    public async Task A_fresh_warehouse_is_set_up_by_its_commands_and_pages_and_packs_and_labels_its_first_order()
    {
        var environment = new Dictionary<string, string> { ["Storage__DataFolder"] = _dataFolder };
        var admin = await PublishedApp.RunAsync(environment, ["admin", "create", "--badge", "B-0001", "--name", "Alicja Nowicka"], Encoding.UTF8.GetBytes(Password + "\n"));
        Assert.True(admin.Succeeded, admin.ToString());
        var station = await PublishedApp.RunAsync(environment, ["station", "create", "--code", "PACK-01", "--kind", "packing"]);
        Assert.True(station.Succeeded, station.ToString());
        var key = await PublishedApp.RunAsync(environment, ["apikey", "create", "--name", "sklep"]);
        Assert.True(key.Succeeded, key.ToString());
        var apiKey = key.StandardOutput.Trim();
        Assert.Matches("^[A-Za-z0-9_-]{40,}$", apiKey);

        using var scale = new ScaleSimulator(new ScaleSimulatorOptions { SettleTime = TimeSpan.FromMilliseconds(200) });
        await using var zebra = ZebraPrinterSimulator.Start();
        await using var app = await PublishedApp.StartOnLoopbackAsync(environment);
        var baseUrl = app.BaseUrl;
        var cookies = new CookieContainer();
        using var browser = FloorSignIn.Client(baseUrl, cookies);
        Assert.True(FloorSignIn.IsSignedIn(await FloorSignIn.PostAsync(browser, "B-0001", Password), cookies, baseUrl), app.Output);

        // The admin's pages: the station enrolled and given its devices, a carton, the catalog.
        var (enrolled, _) = await PageForms.PostAsync(browser, "/admin/stations", "enrol", [new("Input.Station", "PACK-01")]);
        Assert.Equal(HttpStatusCode.Found, enrolled.StatusCode);
        var (_, devices) = await PageForms.PostAsync(browser, "/admin/stations/PACK-01/devices", "devices",
        [
            new("Input.Connection", "Local"), new("Input.ScannerPath", ""), new("Input.ScannerSuffix", "cr"),
            new("Input.ScalePath", scale.Path), new("Input.ScaleProtocol", "mt-sics"), new("Input.ScaleUnit", "kg"),
            new("Input.PrinterAddress", $"127.0.0.1:{zebra.Port}"), new("Input.PrinterDpi", "203"),
            new("Input.LabelWidthInches", "4"), new("Input.LabelHeightInches", "6"),
        ]);
        Assert.Contains("id=\"devices-saved\"", devices);
        var (_, cartons) = await PageForms.PostAsync(browser, "/admin/cartons", "carton",
        [
            new("Input.Code", "K-30"), new("Input.Name", "Karton 30×20×15"),
            new("Input.InnerLength", "300"), new("Input.InnerWidth", "200"), new("Input.InnerHeight", "150"),
            new("Input.OuterLength", "310"), new("Input.OuterWidth", "210"), new("Input.OuterHeight", "160"),
            new("Input.Tare", "180"), new("Input.MaxLoad", "20000"), new("Input.Active", "true"),
        ]);
        Assert.Contains("id=\"carton-saved\"", cartons);

        var preview = await UploadAsync(browser, PolishExcelCatalog(200));
        Assert.Contains("Windows-1250", WebUtility.HtmlDecode(preview));
        Assert.Contains("Kubek ceramiczny żółty 1; 330 ml", WebUtility.HtmlDecode(preview));
        Assert.DoesNotContain("id=\"problems\"", preview);
        var confirm = PageForms.HiddenFields(preview, "confirm"); // the form name, antiforgery and the preview's token
        Assert.Contains(confirm, f => f.Key == "token" && f.Value.Length == 32);
        var imported = await (await browser.PostAsync("/admin/catalog", new FormUrlEncodedContent(confirm))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"imported\"", imported);
        Assert.Contains("max=\"200\"", imported);

        // The shop, with the key the command printed.
        using var shop = new HttpClient { BaseAddress = baseUrl };
        shop.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var skus = await shop.GetFromJsonAsync<JsonElement>("/api/skus");
        Assert.Equal(200, skus.GetArrayLength());
        var order = await shop.PostAsJsonAsync("/api/orders", new
        {
            number = OrderNumber,
            channel = "OwnShop",
            customer = new { name = "Zofia Wróblewska", email = "zofia@example.pl" },
            shipTo = new { street = "ul. Floriańska 3", postalCode = "31-019", city = "Kraków", country = "PL" },
            carrier = "DPD",
            service = "Kurier",
            lines = new[] { new { sku = "KUB-0001", quantity = 2, price = 29.99m }, new { sku = "KUB-0002", quantity = 1, price = 31.50m } },
        });
        Assert.Equal(HttpStatusCode.Created, order.StatusCode);

        // The packer at PACK-01: badge, order, items; then the parcel on the scale.
        Assert.True((await ScanAsync(shop, "B-0001")).GetProperty("accepted").GetBoolean());
        Assert.True((await ScanAsync(shop, OrderNumber)).GetProperty("accepted").GetBoolean());
        foreach (var gtin in (string[])[Ean(1), Ean(1), Ean(2)])
        {
            var item = await ScanAsync(shop, gtin);
            Assert.True(item.GetProperty("accepted").GetBoolean(), item.ToString());
        }
        scale.SetWeight(350 + 350 + 351 + 180); // two mugs of line 1, one of line 2 (0,350 and 0,351 kg in the file), the carton's tare

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await zebra.WaitForPrintedAsync(1, timeout.Token);
        await using var db = new WarehouseDbFactory(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = WarehouseDbFactory.SqliteIn(_dataFolder) }).CreateDbContext();
        var parcel = await db.Parcels.AsNoTracking().SingleAsync(p => p.StationCode == "PACK-01");
        Assert.Equal(("K-30", 1231), (parcel.CartonCode, parcel.WeightGrams));
        var file = Path.Combine(_dataFolder, "label.zpl");
        await File.WriteAllTextAsync(file, zebra.Printed[0].Zpl);
        var read = (await LabelReader.ReadAsync([file]))[file];
        Assert.Contains(read, b => b.Text.EndsWith(parcel.Sscc, StringComparison.Ordinal));
        Assert.Contains(read, b => b.Text == parcel.TrackingNumber);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
    }

    private static async Task<JsonElement> ScanAsync(HttpClient shop, string code)
    {
        var response = await shop.PostAsJsonAsync("/api/stations/PACK-01/scans", new { id = Guid.NewGuid().ToString("N"), code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>An EAN-13 with its check digit: 590 (Poland), then the SKU's number.</summary>
    internal static string Ean(int n)
    {
        var body = "590123" + n.ToString("D6", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return body + (10 - sum % 10) % 10;
    }

    /// <summary>What Polish Excel saves as "CSV (rozdzielany średnikami)": Windows-1250, ';', decimal commas, CRLF, a quoted cell.</summary>
    internal static byte[] PolishExcelCatalog(int count)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = new StringBuilder("sku;name;gtin;weight_kg;length_cm;width_cm;height_cm;fragile;category\r\n");
        for (var n = 1; n <= count; n++)
            text.Append(CultureInfo.InvariantCulture, $"KUB-{n:D4};\"Kubek ceramiczny żółty {n}; 330 ml\";{Ean(n)};0,{349 + n % 20};12,5;9;10,5;tak;ceramika\r\n");
        return Encoding.GetEncoding(1250).GetBytes(text.ToString());
    }

    private static async Task<string> UploadAsync(HttpClient browser, byte[] file)
    {
        var page = await browser.GetStringAsync("/admin/catalog");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in PageForms.HiddenFields(page, "upload")) form.Add(new StringContent(value), name);
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "katalog.csv");
        var response = await browser.PostAsync("/admin/catalog", form);
        return await response.Content.ReadAsStringAsync();
    }
}
