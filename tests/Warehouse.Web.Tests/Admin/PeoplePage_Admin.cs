using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Tests.Support;

namespace Warehouse.Web.Tests.Admin;

/// <summary>
/// The people page: an admin adds a person who can then sign in, changes roles, resets passwords,
/// deactivates and reactivates; every bad field is refused with its reason and nothing is stored;
/// the last active admin stays an active admin; only admins see the page.
/// </summary>
public sealed class PeoplePage_Admin(WebFloor floor) : IClassFixture<WebFloor>
{
    [Fact]
    public async Task An_admin_adds_a_person_who_then_signs_in_and_whose_role_changes()
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");

        var added = await admin.AddAsync("b-7001", "Olga Nowak", "Supervisor", "olga's long passphrase");
        Assert.Contains("Dodano B-7001.", added);
        Assert.Contains("data-person=\"B-7001\"", added);

        var olga = await AdminBrowser.SignedInAsync(floor, "B-7001", "olga's long passphrase");
        Assert.Equal(HttpStatusCode.OK, (await olga.Http.GetAsync("/floor")).StatusCode);

        var id = await admin.PersonIdAsync("B-7001");
        Assert.Contains("Zmieniono rolę B-7001", await admin.ChangeAsync(id, "role", role: "Packer"));
        Assert.Equal(Warehouse.Core.Staff.Role.Packer, await floor.QueryAsync(db => db.Operators.Where(o => o.Id == id).Select(o => o.Role).SingleAsync()));
        var idText = id.ToString();
        Assert.Single(await floor.QueryAsync(db => db.AuditEvents.Where(a => a.Kind == "person.role_changed" && a.Scanned == idText).ToListAsync()));
    }

    public static TheoryData<string, string, string?, string> BadFields => new()
    {
        { "<script>alert(1)</script>", "Olga", null, "Identyfikator to litery A-Z" },
        { "^XZ", "Olga", null, "Identyfikator to litery A-Z" },
        { new string('B', 5000), "Olga", null, "najwyżej 40 znaków" },
        { "B-9001", "Olga", null, "Identyfikator B-9001 jest już zajęty" },
        { "B-7101", "<script>alert(1)</script>", null, "nie może zawierać znaków < > ^ ~" },
        { "B-7102", "^XA^FDx^FS^XZ", null, "nie może zawierać znaków < > ^ ~" },
        { "B-7103", "Olga\u0001Nowak", null, "znaków sterujących" },
        { "B-7104", new string('O', 5000), null, "najwyżej 100 znaków" },
        { "B-7105", "", null, "Podaj imię i nazwisko." },
        { "B-7106", "Olga", "short", "Hasło jest za krótkie" },
        { "B-7107", "Olga", new string('p', 100_000), "najwyżej 200 znaków" },
    };

    [Theory, MemberData(nameof(BadFields))]
    public async Task A_bad_field_is_refused_with_a_clear_message_and_nobody_is_added(string badge, string name, string? password, string message)
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");
        var before = await floor.QueryAsync(db => db.Operators.CountAsync());

        var raw = await admin.AddAsync(badge, name, "Packer", password, raw: true);

        Assert.Contains(message, WebUtility.HtmlDecode(raw));
        Assert.DoesNotContain("<script>alert(1)</script>", raw); // shown back escaped, never as markup
        Assert.Equal(before, await floor.QueryAsync(db => db.Operators.CountAsync()));
    }

    [Theory]
    [InlineData("Admin")]
    [InlineData("99")]
    [InlineData("<script>")]
    public async Task A_hand_made_role_is_refused_unless_it_names_a_role(string role)
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");
        var badge = "B-72" + Math.Abs(role.GetHashCode() % 100).ToString("00");
        var answer = await admin.AddAsync(badge, "Ktoś", role);
        var stored = await floor.QueryAsync(db => db.Operators.Where(o => o.Badge == badge).Select(o => (Warehouse.Core.Staff.Role?)o.Role).SingleOrDefaultAsync());
        if (role == "Admin") Assert.Equal(Warehouse.Core.Staff.Role.Admin, stored);
        else
        {
            Assert.Contains("Nie ma takiej roli.", answer);
            Assert.Null(stored);
        }
    }

    [Fact]
    public async Task The_last_active_admin_can_neither_be_deactivated_nor_lose_the_admin_role()
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");
        // Any admin another test added is deactivated first, so Ewa is the only one.
        foreach (var other in await floor.QueryAsync(db => db.Operators.Where(o => o.Role == Warehouse.Core.Staff.Role.Admin && o.Active && o.Badge != "B-9901").Select(o => o.Id).ToListAsync()))
            await admin.ChangeAsync(other, "deactivate");
        var ewa = await admin.PersonIdAsync("B-9901");

        Assert.Contains("To ostatni aktywny administrator", await admin.ChangeAsync(ewa, "deactivate"));
        Assert.Contains("To ostatni aktywny administrator", await admin.ChangeAsync(ewa, "role", role: "Supervisor"));
        var stored = await floor.QueryAsync(db => db.Operators.SingleAsync(o => o.Id == ewa));
        Assert.True(stored.Active);
        Assert.Equal(Warehouse.Core.Staff.Role.Admin, stored.Role);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/admin/people")).StatusCode);
    }

    [Theory]
    [InlineData("/admin/people")]
    [InlineData("/admin/api-keys")]
    public async Task A_supervisor_is_denied_and_an_anonymous_caller_sent_to_sign_in(string path)
    {
        var supervisor = await AdminBrowser.SignedInAsync(floor, "B-9001", "demo-supervisor");
        var denied = await supervisor.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/denied", denied.Headers.Location!.PathAndQuery);

        var anonymous = await floor.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        Assert.StartsWith("/login", anonymous.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("B-1001", "2580", "nie zatwierdza")]
    [InlineData("B-9001", "1111", "Ten PIN każdy zgadnie")]
    [InlineData("B-9001", "3456", "Ten PIN każdy zgadnie")]
    [InlineData("B-9001", "12a4", "PIN to od 4 do 8 cyfr")]
    [InlineData("B-9001", "<script>alert(1)</script>", "PIN to od 4 do 8 cyfr")]
    public async Task A_pin_that_will_not_do_is_refused_and_the_old_one_stays(string badge, string pin, string message)
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");
        var id = await admin.PersonIdAsync(badge);
        var before = await floor.QueryAsync(db => db.Operators.Where(o => o.Id == id).Select(o => o.PinHash).SingleAsync());

        var answer = await admin.ChangeAsync(id, "pin", pin: pin);

        Assert.Contains(message, answer);
        Assert.Equal(before, await floor.QueryAsync(db => db.Operators.Where(o => o.Id == id).Select(o => o.PinHash).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_sets_a_supervisors_pin_which_then_approves_and_the_old_one_does_not()
    {
        var admin = await AdminBrowser.SignedInAsync(floor, "B-9901", "demo-admin");
        var id = await admin.PersonIdAsync("B-9001");

        var answer = await admin.ChangeAsync(id, "pin", pin: "2580");

        Assert.Contains("Ustawiono PIN akceptacji B-9001", answer);
        var hash = await floor.QueryAsync(db => db.Operators.Where(o => o.Id == id).Select(o => o.PinHash).SingleAsync());
        Assert.True(Warehouse.Core.Staff.Secrets.VerifyPassword("2580", hash));
        Assert.False(Warehouse.Core.Staff.Secrets.VerifyPassword("2468", hash));
        Assert.DoesNotContain(await floor.QueryAsync(db => db.AuditEvents.Select(a => (a.Scanned ?? "") + (a.MessageArgs ?? "")).ToListAsync()),
            text => text.Contains("2580", StringComparison.Ordinal));
    }
}
