using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Demo;
using Warehouse.Core.Photos;
using Warehouse.Testing;

namespace Warehouse.E2E;

/// <summary>
/// On a real Kestrel socket, 50 MB sent as a photo is 413 in words (a browser's fetch of a Blob
/// declares its length), the server reads no more than the 10 MB cap (none of it when the length is
/// declared), and nothing is stored.
/// </summary>
public sealed class PhotoUpload_OverTheCap(FloorApp app) : IClassFixture<FloorApp>
{
    private const long Fifty = 50_000_000;

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // chunked: Kestrel stops the body at the cap
    public async Task Fifty_megabytes_is_413_and_read_no_further_than_the_cap(bool declared)
    {
        // A client that waits to be asked really waits: HttpClient's default is to send the body after 1 s of
        // silence, which a busy CI machine's answer can take.
        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) }) { BaseAddress = new Uri(app.BaseUrl) };
        var body = new GeneratedPhotoBody(Fifty, declared);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/photos?purpose=QcFailure&order=DEMO-1&uploadId=cap-{declared}-{Guid.NewGuid():N}") { Content = body };
        request.Headers.Add("X-Api-Key", DemoData.ApiKey);
        request.Headers.ExpectContinue = true; // what a well-behaved client does with a large body: wait to be asked for it

        HttpResponseMessage? response = null;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException) when (!declared)
        {
            // HTTP/1.1: Kestrel answered 413 and closed the connection while the client was still writing.
        }

        if (response is not null || declared)
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response!.StatusCode);
            Assert.Equal("The photo is larger than 10 MB.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
        // Declared: not a byte (the client waited for 100-continue). Chunked: the cap and what the sockets buffered, far from 50 MB.
        Assert.InRange(body.Sent, 0, declared ? 0 : 20_000_000);
        var folder = app.Services.GetRequiredService<PhotoStore>().Folder;
        Assert.Empty(Directory.Exists(folder) ? Directory.EnumerateFiles(folder) : []);
        Assert.Equal(0, await app.QueryAsync(db => db.Photos.CountAsync()));
    }
}
