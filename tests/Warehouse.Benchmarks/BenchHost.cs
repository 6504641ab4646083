using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Core.Data;
using Warehouse.Core.Demo;
using Warehouse.Testing;
using Warehouse.Web.Agents;

namespace Warehouse.Benchmarks;

/// <summary>The real app on a real loopback socket, on SQLite or a real PostgreSQL, seeded with the demo warehouse.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly PostgresServer? _postgres;
    private readonly string _folder;

    private BenchHost(WebApplicationFactory<Program> factory, PostgresServer? postgres, string folder)
    {
        _factory = factory;
        _postgres = postgres;
        _folder = folder;
    }

    // The server has two addresses: the pages' and API's, and the agents' HTTP/2-only one.
    public string BaseUrl => Services.GetRequiredService<AgentEndpoint>()
        .PagesUrl(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses).ToString().TrimEnd('/');

    /// <summary>The agents' endpoint as bound.</summary>
    public Uri AgentUrl => Services.GetRequiredService<AgentEndpoint>().BoundUrl!;
    public IServiceProvider Services => _factory.Services;

    public static async Task<BenchHost> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null, bool writerQueue = true)
    {
        var folder = Directory.CreateTempSubdirectory("warehouse-bench-").FullName;
        var postgres = provider == DatabaseProvider.Postgres ? await PostgresServer.StartAsync() : null;
        var connection = postgres is null ? null : await postgres.CreateDatabaseAsync();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            // Run from `dotnet run`, the factory cannot guess the web project's folder: say it.
            b.UseSetting(WebHostDefaults.ContentRootKey, Path.Combine(RepositoryRoot.Path, "src", "Warehouse.Web"));
            b.UseSetting("Storage:DataFolder", folder);
            b.UseSetting("Demo:Enabled", "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            if (connection is not null)
            {
                b.UseSetting("Database:Provider", "Postgres");
                b.UseSetting("Database:ConnectionString", connection);
            }
            b.UseUrls("http://127.0.0.1:0");
            b.UseSetting("Agents:Url", "http://127.0.0.1:0");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) b.UseSetting(key, value);
            // --no-writer-queue: every scan transaction goes straight to SQLite's busy handler, as before 2026-12-02.
            if (!writerQueue) b.ConfigureServices(s => s.AddSingleton(new WriterQueue(DatabaseProvider.Postgres)));
        });
        factory.UseKestrel();
        factory.StartServer();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<WarehouseDb>>().CreateDbContextAsync();
        await DemoData.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
        return new BenchHost(factory, postgres, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
