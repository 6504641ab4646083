using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Warehouse.Testing;
using Warehouse.Web.Tests.Deployment;

namespace Warehouse.Web.Tests.FirstStart;

/// <summary>
/// The first start of a real warehouse, as its operator runs it: `admin create` with the password
/// on standard input on a fresh database, then the app without --demo, then the sign-in form.
/// </summary>
public sealed class FirstStart_AdminCommand(PostgresFixture pg) : IClassFixture<PostgresFixture>, IDisposable
{
    private const string Password = "correct horse battery";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("warehouse-firststart-").FullName;

    [Fact]
    public async Task An_admin_created_from_standard_input_on_a_fresh_SQLite_folder_signs_in_through_the_form()
    {
        var environment = SqliteEnvironment();

        var created = await AdminCreateAsync(environment, ["--badge", "b-0001", "--name", "Alicja Nowicka"], Password + "\n");

        Assert.True(created.Succeeded, created.ToString());
        Assert.Contains("B-0001", created.StandardOutput);
        Assert.DoesNotContain("Now listening", created.StandardOutput + created.StandardError);
        Assert.True(File.Exists(Path.Combine(_dataFolder, "warehouse.db")));
        await AssertSignsInAsync(environment, "B-0001", Password, "Alicja Nowicka");
    }

    [Fact]
    public async Task An_admin_created_from_standard_input_on_a_fresh_PostgreSQL_database_signs_in_through_the_form()
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = await pg.Server.CreateDatabaseAsync(),
            ["Storage__DataFolder"] = _dataFolder,
        };

        var created = await AdminCreateAsync(environment, ["--badge", "B-0001", "--name", "Alicja Nowicka"], Password);

        Assert.True(created.Succeeded, created.ToString());
        Assert.False(File.Exists(Path.Combine(_dataFolder, "warehouse.db")), "the admin went to SQLite, not PostgreSQL");
        await AssertSignsInAsync(environment, "B-0001", Password, "Alicja Nowicka");
    }

    [Fact]
    public async Task The_password_can_come_from_a_file_and_never_from_a_flag()
    {
        var environment = SqliteEnvironment();
        var file = Path.Combine(_dataFolder, "pw");
        await File.WriteAllTextAsync(file, Password + "\r\n");

        var flag = await AdminCreateAsync(environment, ["--badge", "B-0002", "--name", "Jan", "--password", Password], null);
        var fromFile = await AdminCreateAsync(environment, ["--badge", "B-0002", "--name", "Jan", "--password-file", file], null);

        Assert.Equal(2, flag.ExitCode);
        Assert.Contains("never taken on the command line", flag.StandardError);
        Assert.True(fromFile.Succeeded, fromFile.ToString());
        await AssertSignsInAsync(environment, "B-0002", Password, "Jan");
    }

    [Theory]
    [InlineData("", "No password")]
    [InlineData("\n", "No password")]
    [InlineData("short\n", "too short")]
    [InlineData("aaaaaaaaaaaaaaaa\n", "too simple")]
    [InlineData("my badge is B-0003!\n", "must not contain the badge")]
    [InlineData("first line is long\nsecond line\n", "one line")]
    public async Task A_weak_or_empty_password_is_refused_and_nobody_is_created(string input, string reason)
    {
        var environment = SqliteEnvironment();

        var result = await AdminCreateAsync(environment, ["--badge", "B-0003", "--name", "Ola"], input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.StandardError);
        Assert.Empty(await OperatorsAsync());
    }

    [Fact]
    public async Task Ten_megabytes_on_standard_input_are_refused_without_reading_them_all()
    {
        var result = await AdminCreateAsync(SqliteEnvironment(), ["--badge", "B-0004", "--name", "Ola"], new string('x', 10 * 1024 * 1024));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("longer than 4096 bytes", result.StandardError);
    }

    [Fact]
    public async Task A_duplicate_badge_is_refused_with_who_has_it()
    {
        var environment = SqliteEnvironment();
        Assert.True((await AdminCreateAsync(environment, ["--badge", "B-0005", "--name", "Pierwsza"], Password)).Succeeded);

        var again = await AdminCreateAsync(environment, ["--badge", "b-0005", "--name", "Druga"], Password);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("B-0005 is already taken by Pierwsza", again.StandardError);
    }

    [Theory]
    [InlineData("B-00\u000706")]
    [InlineData("B-0006\u001b[2J")]
    [InlineData("B 0006")]
    [InlineData("")]
    public async Task A_badge_with_control_characters_or_spaces_is_refused(string badge)
    {
        var result = await AdminCreateAsync(SqliteEnvironment(), ["--badge", badge, "--name", "Ola"], Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The badge must be", result.StandardError);
        Assert.DoesNotContain('\u001b', result.StandardError);
    }

    [Fact]
    public async Task A_name_with_a_script_tag_is_only_text_on_the_page()
    {
        var environment = SqliteEnvironment();
        const string name = "<script>alert(1)</script> Ola";

        Assert.True((await AdminCreateAsync(environment, ["--badge", "B-0007", "--name", name], Password)).Succeeded);
        var control = await AdminCreateAsync(environment, ["--badge", "B-0008", "--name", "Ola\nNowa"], Password);

        Assert.Equal(1, control.ExitCode);
        Assert.Contains("control characters", control.StandardError);
        var page = await AssertSignsInAsync(environment, "B-0007", Password, "&lt;script&gt;alert(1)&lt;/script&gt; Ola");
        Assert.DoesNotContain("<script>alert(1)", page);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The badges in the SQLite folder's database; none when the command never created it.</summary>
    private async Task<IReadOnlyList<string>> OperatorsAsync()
    {
        var file = Path.Combine(_dataFolder, "warehouse.db");
        if (!File.Exists(file)) return [];
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await db.OpenAsync();
        await using var badges = db.CreateCommand();
        badges.CommandText = "SELECT \"Badge\" FROM \"Operators\"";
        var found = new List<string>();
        await using var reader = await badges.ExecuteReaderAsync();
        while (await reader.ReadAsync()) found.Add(reader.GetString(0));
        return found;
    }

    private Dictionary<string, string> SqliteEnvironment() => new() { ["Storage__DataFolder"] = _dataFolder };

    private static Task<ProcessResult> AdminCreateAsync(IReadOnlyDictionary<string, string> environment, string[] arguments, string? standardInput) =>
        PublishedApp.RunAsync(environment, ["admin", "create", .. arguments], standardInput is null ? null : Encoding.UTF8.GetBytes(standardInput));

    /// <summary>Starts the app without --demo and signs in through the form; returns the home page a signed-in admin sees.</summary>
    private static async Task<string> AssertSignsInAsync(Dictionary<string, string> environment, string badge, string password, string shownName)
    {
        await using var app = await PublishedApp.StartOnLoopbackAsync(environment);
        var baseUrl = app.BaseUrl;
        var cookies = new CookieContainer();
        using var http = FloorSignIn.Client(baseUrl, cookies);

        var wrong = await FloorSignIn.PostAsync(http, badge, password + "x");
        Assert.False(FloorSignIn.IsSignedIn(wrong, cookies, baseUrl), "signed in with a wrong password");
        var signIn = await FloorSignIn.PostAsync(http, badge, password);

        Assert.True(FloorSignIn.IsSignedIn(signIn, cookies, baseUrl), $"not signed in: {signIn.StatusCode}\n{app.Output}");
        var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var page = await home.Content.ReadAsStringAsync();
        Assert.Contains(shownName, page);
        return page;
    }
}
