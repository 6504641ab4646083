using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Floor;
using Warehouse.Core.Staff;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Staff;

/// <summary>
/// The last active admin can neither be deactivated nor lose the Admin role; with a second admin
/// both work, and each change gives the person a new security stamp, an audit row and a fact.
/// </summary>
public sealed class People_LastAdminKept(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static FloorClock Clock() => new(TimeProvider.System, TimeZoneInfo.Utc);

    private static async Task<(IDbContextFactory<WarehouseDb> Dbs, int Ewa)> FloorWithOneAdminAsync(DatabaseFixture fixture, DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using var db = dbs.CreateDbContext();
        var ewa = new Operator { Name = "Ewa", Badge = "B-9901", Role = Role.Admin };
        db.Operators.AddRange(ewa, new Operator { Name = "Anna", Badge = "B-1001", Role = Role.Packer });
        await db.SaveChangesAsync();
        return (dbs, ewa.Id);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_only_admin_is_neither_deactivated_nor_demoted_and_nothing_changes(DatabaseProvider provider)
    {
        var (dbs, ewa) = await FloorWithOneAdminAsync(fixture, provider);
        var people = new People(dbs, Clock());
        var stampBefore = await new PeopleQueries(dbs).StampAsync(ewa);

        var deactivated = await people.DeactivateAsync(ewa, ewa);
        var demoted = await people.ChangeRoleAsync(ewa, Role.Supervisor, ewa);

        Assert.False(deactivated.Done);
        Assert.Equal("people.last_admin", deactivated.Message.Code);
        Assert.False(demoted.Done);
        Assert.Equal("people.last_admin", demoted.Message.Code);
        await using var db = dbs.CreateDbContext();
        var stored = await db.Operators.SingleAsync(o => o.Id == ewa);
        Assert.True(stored.Active);
        Assert.Equal(Role.Admin, stored.Role);
        Assert.Equal(stampBefore!.Stamp, stored.SecurityStamp);
        Assert.Empty(await db.Outbox.ToListAsync());
        Assert.Empty(await db.AuditEvents.Where(a => a.Kind.StartsWith("person.")).ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task With_a_second_admin_the_first_can_go_and_then_the_second_is_the_last(DatabaseProvider provider)
    {
        var (dbs, ewa) = await FloorWithOneAdminAsync(fixture, provider);
        var people = new People(dbs, Clock());
        var added = await people.AddAsync(new NewPerson(" b-9902 ", "Olga Nowak", Role.Admin, "en", "long enough passphrase"), ewa);
        Assert.True(added.Done, added.Message.ToString());
        var olga = added.OperatorId!.Value;
        var stampBefore = (await new PeopleQueries(dbs).StampAsync(ewa))!.Stamp;

        Assert.True((await people.DeactivateAsync(ewa, olga)).Done);
        Assert.Equal("people.last_admin", (await people.DeactivateAsync(olga, olga)).Message.Code);

        var ewaNow = (await new PeopleQueries(dbs).StampAsync(ewa))!;
        Assert.False(ewaNow.Active);
        Assert.NotEqual(stampBefore, ewaNow.Stamp);
        await using var db = dbs.CreateDbContext();
        Assert.Equal("B-9902", (await db.Operators.SingleAsync(o => o.Id == olga)).Badge);
        Assert.Equal(2, await db.Outbox.CountAsync(f => f.Type == "person.changed"));
        Assert.Single(await db.AuditEvents.Where(a => a.Kind == "person.deactivated").ToListAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_admins_deactivating_each_other_at_once_leave_one_active(DatabaseProvider provider)
    {
        var (dbs, ewa) = await FloorWithOneAdminAsync(fixture, provider);
        var people = new People(dbs, Clock());
        var olga = (await people.AddAsync(new NewPerson("B-9902", "Olga", Role.Admin, "pl", null), ewa)).OperatorId!.Value;

        var answers = await Task.WhenAll(
            Task.Run(() => Retry(() => people.DeactivateAsync(ewa, olga))),
            Task.Run(() => Retry(() => people.DeactivateAsync(olga, ewa))));

        Assert.Single(answers, a => a.Done);
        await using var db = dbs.CreateDbContext();
        Assert.Equal(1, await db.Operators.CountAsync(o => o.Role == Role.Admin && o.Active));
    }

    // SQLite answers "busy" to a second writer rather than waiting the whole transaction out: try again, as a person would.
    private static async Task<PersonAnswer> Retry(Func<Task<PersonAnswer>> change)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await change();
            }
            catch (Exception e) when (attempt < 20 && e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                await Task.Delay(50);
            }
        }
    }
}
