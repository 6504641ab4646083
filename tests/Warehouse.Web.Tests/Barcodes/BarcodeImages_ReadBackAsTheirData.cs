using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Warehouse.Core.Packing;
using Warehouse.Testing;
using Warehouse.Web.Tests.Support;
using ZXing;

namespace Warehouse.Web.Tests.Barcodes;

/// <summary>
/// The images the pick ticket and the command sheet show, as the web app serves them,
/// read back by ZXing.Net: drawn with ZXing.Net and SkiaSharp's native library in the host.
/// </summary>
public sealed partial class BarcodeImages_ReadBackAsTheirData(WebFloor floor) : IClassFixture<WebFloor>
{
    public static TheoryData<string> EveryCommand =>
    [
        .. typeof(CommandCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task A_command_barcode_reads_back_as_its_command(string command)
    {
        var scanned = await ReadImageAsync("/barcodes/code128.png?data=" + Uri.EscapeDataString(command));
        Assert.Equal(BarcodeFormat.CODE_128, scanned.Format);
        Assert.Equal(command, scanned.Text);
    }

    [Fact]
    public async Task The_pick_tickets_barcode_reads_back_as_the_order_number()
    {
        var page = await floor.Api().GetStringAsync("/orders/DEMO-1/ticket");
        var src = WebUtility.HtmlDecode(OrderBarcode().Match(page).Groups["src"].Value);
        Assert.StartsWith("/barcodes/code128.png?data=", src);
        Assert.Equal("DEMO-1", (await ReadImageAsync(src)).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Zażółć")]
    [InlineData("CMD:\u0001")]
    [InlineData("FNC1\u00F1")]
    public async Task Data_a_code_128_image_cannot_carry_is_a_400(string data)
    {
        var response = await floor.Api().GetAsync("/barcodes/code128.png?data=" + Uri.EscapeDataString(data));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Eighty_one_characters_are_a_400() =>
        Assert.Equal(HttpStatusCode.BadRequest,
            (await floor.Api().GetAsync("/barcodes/code128.png?data=" + new string('7', 81))).StatusCode);

    [Fact]
    public async Task Without_a_key_the_image_is_401()
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/barcodes/code128.png?data=CMD:UNDO")).StatusCode);
    }

    private async Task<ScannedBarcode> ReadImageAsync(string url)
    {
        var response = await floor.Api().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        return Assert.Single(PngBarcodeReader.Read(await response.Content.ReadAsByteArrayAsync()));
    }

    [GeneratedRegex("""<img src="(?<src>[^"]+)"[^>]*id="order-barcode""")]
    private static partial Regex OrderBarcode();
}
