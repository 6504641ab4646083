using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Data;
using Warehouse.Core.Demo;
using Warehouse.Testing.Demo;

namespace Warehouse.Web.Tests.Support;

/// <summary>The whole web app in process on its own SQLite file, a copy of the demo warehouse (devices off).</summary>
public sealed class WebFloor : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>InPost's webhook secret on this floor: the carrier and our test both know it.</summary>
    public const string InPostWebhookSecret = "test-inpost-webhook-secret-0123456789abcdef";

    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-web-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataFolder", _folder);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Shipping:Carriers:INPOST:WebhookSecret", InPostWebhookSecret);
        // A document printer that does not answer costs a test one second, and a job is asked after twice a second.
        builder.UseSetting("DocumentPrinting:CallTimeout", "00:00:01");
        builder.UseSetting("DocumentPrinting:Poll", "00:00:00.5");
        builder.UseEnvironment("Testing");
    }

    public async Task InitializeAsync()
    {
        await DemoWarehouseFile.CopyToAsync(_folder);
        _ = Server; // starts the host, which finds the database migrated and seeded
    }

    public HttpClient Api()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoData.ApiKey);
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<WarehouseDb, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<WarehouseDb>>().CreateDbContextAsync();
        return await query(db);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    public static JsonContent Json(object value) => JsonContent.Create(value);
}
