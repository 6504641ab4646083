using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Photos;
using Warehouse.Testing;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Api;

/// <summary>
/// POST /api/photos takes an image as the raw body and GET /api/photos/{id} gives it back; bad
/// input gets a status and words, and leaves no file and no row behind.
/// </summary>
public sealed class PhotosApi_Upload(WebFloor floor) : IClassFixture<WebFloor>
{
    private static int _uploads;
    private static string NewUploadId() => $"test-{Interlocked.Increment(ref _uploads):D4}-{Guid.NewGuid():N}"[..40];

    private static ByteArrayContent Image(byte[] bytes, string type = "image/jpeg")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private Task<HttpResponseMessage> PostAsync(HttpContent body, string query) => floor.Api().PostAsync("/api/photos?" + query, body);

    private string Folder => floor.Services.GetRequiredService<PhotoStore>().Folder;

    private async Task<(int Files, int Rows)> StoredAsync() =>
        (Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder).Count() : 0, await floor.QueryAsync(db => db.Photos.CountAsync()));

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Fact]
    public async Task A_jpeg_is_stored_and_served_back_with_its_type_and_nosniff()
    {
        var jpeg = TestPhotos.Jpeg();

        var response = await PostAsync(Image(jpeg), $"purpose=QcFailure&order=DEMO-1&uploadId={NewUploadId()}&station=PACK-01");
        var photo = await response.Content.ReadFromJsonAsync<JsonElement>();
        var served = await floor.Api().GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("QcFailure", "DEMO-1", jpeg.Length), (photo.GetProperty("purpose").GetString(), photo.GetProperty("order").GetString(), photo.GetProperty("bytes").GetInt32()));
        Assert.Equal($"/api/photos/{photo.GetProperty("id").GetGuid()}", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["nosniff"], served.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(jpeg, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_retry_with_the_same_upload_id_answers_the_same_photo_and_stores_nothing_more()
    {
        var png = TestPhotos.Png();
        var query = $"purpose=Pack&order=DEMO-2&uploadId={NewUploadId()}";
        var first = await PostAsync(Image(png, "image/png"), query);
        var before = await StoredAsync();

        var again = await PostAsync(Image(png, "image/png"), query);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(before, await StoredAsync());
    }

    public static TheoryData<string, string, string, HttpStatusCode, string> BadUploads => new()
    {
        { "gif", "image/gif", "purpose=QcFailure&order=DEMO-1", HttpStatusCode.UnsupportedMediaType, "Send a photo as image/jpeg, image/png, image/webp, not image/gif." },
        { "png", "image/jpeg", "purpose=QcFailure&order=DEMO-1", HttpStatusCode.UnsupportedMediaType, "The bytes are image/png, not image/jpeg as sent." },
        { "exe", "image/jpeg", "purpose=QcFailure&order=DEMO-1", HttpStatusCode.UnsupportedMediaType, "This is a program (a Windows executable), not a photo." },
        { "elf", "image/png", "purpose=Return&order=DEMO-1", HttpStatusCode.UnsupportedMediaType, "This is a program (a Linux ELF executable), not a photo." },
        { "jpeg", "image/jpeg", "purpose=QcFailure&order=NO-SUCH-ORDER", HttpStatusCode.UnprocessableEntity, "There is no order NO-SUCH-ORDER." },
        { "jpeg", "image/jpeg", "purpose=QcFailure&order=DEMO-1&station=NOWHERE", HttpStatusCode.UnprocessableEntity, "There is no station NOWHERE." },
    };

    [Theory, MemberData(nameof(BadUploads))]
    public async Task A_bad_photo_is_refused_in_words_and_nothing_is_stored(string bytes, string type, string query, HttpStatusCode status, string said)
    {
        var body = bytes switch
        {
            "gif" => "GIF89a"u8.ToArray(),
            "png" => TestPhotos.Png(),
            "exe" => TestPhotos.WindowsProgram(),
            "elf" => TestPhotos.LinuxProgram(),
            _ => TestPhotos.Jpeg(),
        };
        var before = await StoredAsync();

        var response = await PostAsync(Image(body, type), $"{query}&uploadId={NewUploadId()}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(said, await DetailAsync(response));
        Assert.Equal(before, await StoredAsync());
    }

    [Theory]
    [InlineData("purpose=QcFailure", "order")]                    // a QC failure belongs to an order
    [InlineData("purpose=Unboxing&order=DEMO-1", "purpose")]
    [InlineData("purpose=1&order=DEMO-1", "purpose")]
    [InlineData("order=DEMO-1", "purpose")]
    [InlineData("purpose=Pack&order=DEMO-1&uploadId=x", "uploadId")]
    [InlineData("purpose=Pack&order=DEMO-1&uploadId=none", "uploadId")] // no id at all: a retry could not be told from a new photo
    public async Task Missing_or_wrong_fields_are_named_and_nothing_is_stored(string query, string field)
    {
        var before = await StoredAsync();
        var uploadId = query.Contains("uploadId") ? "" : $"&uploadId={NewUploadId()}";

        var response = await PostAsync(Image(TestPhotos.Jpeg()), (query + uploadId).Replace("&uploadId=none", ""));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task An_empty_body_is_refused()
    {
        var before = await StoredAsync();

        var response = await PostAsync(Image([]), $"purpose=QcFailure&order=DEMO-1&uploadId={NewUploadId()}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The body is empty", (await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await StoredAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // chunked: the server learns the size only by reading
    public async Task Fifty_megabytes_is_413_and_read_no_further_than_the_cap(bool declared)
    {
        const long fifty = 50_000_000;
        var before = await StoredAsync();
        var body = new GeneratedPhotoBody(fifty, declared);

        var response = await PostAsync(body, $"purpose=QcFailure&order=DEMO-1&uploadId={NewUploadId()}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The photo is larger than 10 MB.", await DetailAsync(response));
        Assert.InRange(body.Sent, 0, declared ? 1_000_000 : 12_000_000);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Without_a_key_or_a_sign_in_a_photo_is_401()
    {
        var client = floor.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync($"/api/photos?purpose=Check&uploadId={NewUploadId()}", Image(TestPhotos.Jpeg()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_photo_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await floor.Api().GetAsync($"/api/photos/{Guid.NewGuid()}")).StatusCode);
    }
}
