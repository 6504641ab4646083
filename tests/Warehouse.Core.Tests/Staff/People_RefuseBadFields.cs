using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Staff;

/// <summary>Wrong, hostile and oversized fields for a new person: each refused with its own reason, nobody stored.</summary>
public sealed class People_RefuseBadFields(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    public static TheoryData<string, string, string?, string> Refusals => new()
    {
        { "", "Olga", null, "people.badge_required" },
        { "B 01", "Olga", null, "people.badge_format" },
        { "<script>", "Olga", null, "people.badge_format" },
        { "^XZ", "Olga", null, "people.badge_format" },
        { new string('B', 41), "Olga", null, "people.badge_too_long" },
        { "B-9901", "Olga", null, "people.badge_taken" },
        { "b-9901", "Olga", null, "people.badge_taken" },
        { "B-2001", "", null, "people.name_required" },
        { "B-2001", "<script>alert(1)</script>", null, "people.name_characters" },
        { "B-2001", "^XA^FDhi^FS^XZ", null, "people.name_characters" },
        { "B-2001", "Olga\u0000Nowak", null, "people.name_control" },
        { "B-2001", "Olga\nNowak", null, "people.name_control" },
        { "B-2001", new string('O', 101), null, "people.name_too_long" },
        { "B-2001", "Olga", "short", "people.password_too_short" },
        { "B-2001", "Olga", "aaaaaaaaaaaaaaa", "people.password_simple" },
        { "B-2001", "Olga", "my badge B-2001 pass", "people.password_badge" },
        { "B-2001", "Olga", "line one\nline two!", "people.password_control" },
        { "B-2001", "Olga", new string('x', 150) + new string('y', 51) + "abc", "people.password_too_long" },
    };

    [Theory, MemberData(nameof(Refusals))]
    public async Task A_bad_field_is_refused_with_its_reason_and_nothing_is_stored(string badge, string name, string? password, string reason)
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
            await using (var db = dbs.CreateDbContext())
            {
                db.Operators.Add(new Operator { Name = "Ewa", Badge = "B-9901", Role = Role.Admin });
                await db.SaveChangesAsync();
            }
            var answer = await new People(dbs, new FloorClock(TimeProvider.System, TimeZoneInfo.Utc))
                .AddAsync(new NewPerson(badge, name, Role.Packer, "pl", password), adminId: 1);

            Assert.False(answer.Done);
            Assert.Equal(reason, answer.Message.Code);
            await using var check = dbs.CreateDbContext();
            Assert.Equal(1, await check.Operators.CountAsync());
            Assert.Empty(await check.Outbox.ToListAsync());
        }
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_unknown_role_or_language_is_refused(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        var people = new People(dbs, new FloorClock(TimeProvider.System, TimeZoneInfo.Utc));

        Assert.Equal("people.role_unknown", (await people.AddAsync(new NewPerson("B-2001", "Olga", (Role)99, "pl", null), 1)).Message.Code);
        Assert.Equal("people.language_unknown", (await people.AddAsync(new NewPerson("B-2001", "Olga", Role.Packer, "de", null), 1)).Message.Code);
        await using var db = dbs.CreateDbContext();
        Assert.Equal(0, await db.Operators.CountAsync());
    }
}
