using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Demo;
using Warehouse.Core.Photos;
using Warehouse.Core.Returns;
using Warehouse.Testing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>
/// A returns desk's photo (purpose=Return) names the return and the unit it shows: it is kept with both, and
/// a return or unit that is not the order's, or a bad photo, gets the same clear refusals as any photo.
/// </summary>
public sealed class PhotosApi_ReturnPhotos(WebFloor floor) : IClassFixture<WebFloor>
{
    private static int _returns;

    /// <summary>A received return of DEMO-R1's first line with one unit found at the desk: its RMA and the unit's id.</summary>
    private Task<(string Rma, int Unit)> ReturnWithUnitAsync() => floor.QueryAsync(async db =>
    {
        var order = await db.Orders.Include(o => o.Lines).ThenInclude(l => l.Sku).SingleAsync(o => o.Number == DemoReturns.OrderNumber);
        var line = order.Lines[0];
        var rma = new CustomerReturn
        {
            Number = ReturnNumber.From(98_000_000 + Interlocked.Increment(ref _returns)).Value, OrderId = order.Id, OrderNumber = order.Number,
            Kind = ReturnKind.Complaint, DropOff = DropOff.CourierPickup, CarrierCode = "DPD", ServiceCode = "KURIER",
            Lines = [new ReturnLine { OrderLineId = line.Id, SkuId = line.SkuId, SkuCode = line.Sku.Code, Quantity = 1 }],
        };
        rma.Declare(DateTime.UtcNow);
        db.Returns.Add(rma);
        await db.SaveChangesAsync();
        var unit = rma.Unpack(line.SkuId, line.Sku.Gtin!, DemoData.ReturnsDesk, 1, DateTime.UtcNow);
        await db.SaveChangesAsync();
        return (rma.Number, unit.Id);
    });

    private static ByteArrayContent Image(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private Task<HttpResponseMessage> PostAsync(HttpContent body, string query) =>
        floor.Api().PostAsync($"/api/photos?{query}&uploadId=desk-{Guid.NewGuid():N}", body);

    private Task<int> StoredAsync() => floor.QueryAsync(db => db.Photos.CountAsync());

    [Fact]
    public async Task A_return_photo_is_kept_with_its_return_and_unit()
    {
        var (rma, unit) = await ReturnWithUnitAsync();

        var response = await PostAsync(Image(TestPhotos.Png(), "image/png"), $"purpose=Return&order={DemoReturns.OrderNumber}&rma={rma}&unit={unit}");
        var photo = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("Return", rma, unit), (photo.GetProperty("purpose").GetString(), photo.GetProperty("rma").GetString(), photo.GetProperty("unit").GetInt32()));
        var id = photo.GetProperty("id").GetGuid();
        Assert.Equal((rma, (int?)unit), await floor.QueryAsync(db => db.Photos.Where(p => p.Id == id).Select(p => ValueTuple.Create(p.ReturnNumber!, p.ReturnUnitId)).SingleAsync()));
    }

    public static TheoryData<string, string, string, HttpStatusCode, string> BadReturnPhotos => new()
    {
        { "exe", "image/jpeg", "", HttpStatusCode.UnsupportedMediaType, "This is a program (a Windows executable), not a photo." },
        { "png", "image/jpeg", "", HttpStatusCode.UnsupportedMediaType, "The bytes are image/png, not image/jpeg as sent." },
        { "gif", "image/gif", "", HttpStatusCode.UnsupportedMediaType, "Send a photo as image/jpeg, image/png, image/webp, not image/gif." },
        { "png", "image/png", "order=DEMO-1", HttpStatusCode.UnprocessableEntity, "Order DEMO-1 has no return {rma}." },
        { "png", "image/png", "unit=999999", HttpStatusCode.UnprocessableEntity, "Return {rma} has no unit 999999." },
    };

    [Theory, MemberData(nameof(BadReturnPhotos))]
    public async Task A_bad_return_photo_is_refused_in_words_and_nothing_is_stored(string bytes, string type, string change, HttpStatusCode status, string said)
    {
        var (rma, unit) = await ReturnWithUnitAsync();
        var fields = new Dictionary<string, string> { ["purpose"] = "Return", ["order"] = DemoReturns.OrderNumber, ["rma"] = rma, ["unit"] = unit.ToString() };
        if (change.Split('=') is [var field, var value]) fields[field] = value;
        var body = bytes switch
        {
            "exe" => TestPhotos.WindowsProgram(),
            "gif" => "GIF89a"u8.ToArray(),
            _ => TestPhotos.Png(),
        };
        var before = await StoredAsync();

        var response = await PostAsync(Image(body, type), string.Join("&", fields.Select(f => $"{f.Key}={f.Value}")));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(said.Replace("{rma}", rma), (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await StoredAsync());
    }

    [Theory]
    [InlineData("purpose=Return&order=DEMO-R1&rma={rma}&unit=abc", "unit")]
    [InlineData("purpose=Return&order=DEMO-R1&rma={rma}&unit=-1", "unit")]
    [InlineData("purpose=Return&order=DEMO-R1&unit={unit}", "unit")] // a unit without its return
    [InlineData("purpose=QcFailure&order=DEMO-R1&rma={rma}", "rma")]  // only a return's photo names a return
    public async Task A_return_or_unit_named_wrong_is_a_named_field_and_nothing_is_stored(string query, string field)
    {
        var (rma, unit) = await ReturnWithUnitAsync();
        var before = await StoredAsync();

        var response = await PostAsync(Image(TestPhotos.Jpeg(), "image/jpeg"), query.Replace("{rma}", rma).Replace("{unit}", unit.ToString()));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Fifty_megabytes_as_a_return_photo_is_413()
    {
        var (rma, unit) = await ReturnWithUnitAsync();
        var before = await StoredAsync();

        var response = await PostAsync(new GeneratedPhotoBody(50_000_000, true), $"purpose=Return&order={DemoReturns.OrderNumber}&rma={rma}&unit={unit}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The photo is larger than 10 MB.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await StoredAsync());
    }
}
