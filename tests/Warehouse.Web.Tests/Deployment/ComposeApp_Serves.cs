using System.Globalization;
using System.Net;
using Npgsql;
using Warehouse.Core.Data;
using Warehouse.Core.Staff;
using Warehouse.Testing;
using Xunit.Abstractions;

namespace Warehouse.Web.Tests.Deployment;

/// <summary>
/// docker-compose.yml run the way its app container runs, without a Docker engine: the published
/// app, started with exactly the app service's environment, the host "db" rewritten to a real
/// PostgreSQL on loopback. The compose ports are used as they are unless something else holds them.
/// </summary>
public sealed class ComposeApp_Serves(PostgresFixture pg, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task The_app_started_with_the_compose_environment_answers_healthz_and_the_sign_in_page_on_the_compose_port()
    {
        var (environment, baseUrl) = await ComposeEnvironmentAsync();

        await using var app = await PublishedApp.StartAsync(environment, baseUrl);
        using var http = new HttpClient { BaseAddress = baseUrl };

        var health = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var login = await http.GetAsync("/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var page = await login.Content.ReadAsStringAsync();
        Assert.Contains("Logowanie", page); // the sign-in page, in the default language
        Assert.Contains("__RequestVerificationToken", page);
    }

    [Fact]
    public async Task A_sign_in_cookie_issued_by_one_app_process_is_accepted_by_the_next_on_the_same_database()
    {
        var (environment, baseUrl) = await ComposeEnvironmentAsync();
        var cookies = new CookieContainer();

        await using (var first = await PublishedApp.StartAsync(environment, baseUrl))
        {
            await AddAdminAsync(environment["Database__ConnectionString"], "B-0001", "Olga Compose", "long-enough-passphrase");
            using var http = FloorSignIn.Client(baseUrl, cookies);
            var signIn = await FloorSignIn.PostAsync(http, "B-0001", "long-enough-passphrase");
            Assert.True(FloorSignIn.IsSignedIn(signIn, cookies, baseUrl), $"not signed in: {signIn.StatusCode}\n{first.Output}");
        }

        // The container is recreated: a new process with no keys of its own in memory or on disk.
        await using var second = await PublishedApp.StartAsync(environment, baseUrl);
        using var again = FloorSignIn.Client(baseUrl, cookies);
        var home = await again.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Olga Compose", await home.Content.ReadAsStringAsync());
        await using var keys = new NpgsqlConnection(environment["Database__ConnectionString"]);
        await keys.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"DataProtectionKeys\"", keys);
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Without_WAREHOUSE_HOSTS_the_compose_app_answers_localhost_and_refuses_a_request_naming_another_host()
    {
        var (environment, baseUrl) = await ComposeEnvironmentAsync();
        Assert.Equal("localhost", environment["AllowedHosts"]);

        await using var app = await PublishedApp.StartAsync(environment, baseUrl);
        using var http = new HttpClient { BaseAddress = baseUrl };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetNamingAsync(http, "/healthz", "evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetNamingAsync(http, "/login", "evil.example")).StatusCode);
        Assert.DoesNotContain("AllowedHosts is", app.Output);
    }

    [Fact]
    public async Task WAREHOUSE_HOSTS_names_the_hosts_the_compose_app_answers_to()
    {
        var (environment, baseUrl) = await ComposeEnvironmentAsync(new Dictionary<string, string?> { ["WAREHOUSE_HOSTS"] = "warehouse.example.pl;localhost" });

        await using var app = await PublishedApp.StartAsync(environment, baseUrl);
        using var http = new HttpClient { BaseAddress = baseUrl };

        Assert.Equal(HttpStatusCode.OK, (await GetNamingAsync(http, "/healthz", "warehouse.example.pl")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetNamingAsync(http, "/healthz", "evil.example")).StatusCode);
    }

    [Fact]
    public async Task An_app_answering_to_any_host_in_production_warns_in_its_log()
    {
        var (environment, baseUrl) = await ComposeEnvironmentAsync(new Dictionary<string, string?> { ["WAREHOUSE_HOSTS"] = "*" });

        await using var app = await PublishedApp.StartAsync(environment, baseUrl);

        Assert.Contains("AllowedHosts is '*': the app answers to any host name", app.Output);
    }

    private static Task<HttpResponseMessage> GetNamingAsync(HttpClient http, string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return http.SendAsync(request);
    }

    private async Task<(Dictionary<string, string> Environment, Uri BaseUrl)> ComposeEnvironmentAsync(IReadOnlyDictionary<string, string?>? shell = null)
    {
        var environment = new Dictionary<string, string>(await ComposeConfig.AppEnvironmentAsync(shell));
        Assert.True(environment.ContainsKey("Database__ConnectionString"), "the app reads Database:ConnectionString; compose must set it");

        var compose = new NpgsqlConnectionStringBuilder(environment["Database__ConnectionString"]);
        Assert.Equal("db", compose.Host);
        var database = "compose_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(pg.Server.ConnectionString()))
        {
            await admin.OpenAsync();
            // The role the compose file's db service creates (POSTGRES_USER/POSTGRES_PASSWORD), owning its database.
            await using var role = new NpgsqlCommand(
                $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{compose.Username}') THEN CREATE ROLE \"{compose.Username}\" LOGIN; END IF; END $$", admin);
            await role.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" OWNER \"{compose.Username}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        compose.Host = "127.0.0.1";
        compose.Port = pg.Server.Port;
        compose.Database = database;
        environment["Database__ConnectionString"] = compose.ConnectionString;

        var pagesPort = int.Parse(environment["ASPNETCORE_HTTP_PORTS"], CultureInfo.InvariantCulture);
        Assert.Equal(pagesPort, await ComposeConfig.PublishedPortAsync(pagesPort));
        if (!PublishedApp.IsFree(pagesPort))
        {
            var free = PublishedApp.FreePort();
            output.WriteLine($"Port {pagesPort} is taken on this machine: the pages are served on {free} instead.");
            environment["ASPNETCORE_HTTP_PORTS"] = free.ToString(CultureInfo.InvariantCulture);
            pagesPort = free;
        }
        var agents = new Uri(environment["Agents__Url"]);
        if (!PublishedApp.IsFree(agents.Port))
        {
            var free = PublishedApp.FreePort();
            output.WriteLine($"Port {agents.Port} is taken on this machine: the agents' port is {free} instead.");
            environment["Agents__Url"] = $"http://{agents.Host}:{free}";
        }
        // localhost: the one host name the compose file's AllowedHosts lets in by default.
        return (environment, new Uri($"http://localhost:{pagesPort}/"));
    }

    private static async Task AddAdminAsync(string connectionString, string badge, string name, string password)
    {
        var dbs = new WarehouseDbFactory(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString });
        await using var db = dbs.CreateDbContext();
        db.Operators.Add(new Operator { Badge = badge, Name = name, Role = Role.Admin, PasswordHash = Secrets.HashPassword(password) });
        await db.SaveChangesAsync();
    }
}
