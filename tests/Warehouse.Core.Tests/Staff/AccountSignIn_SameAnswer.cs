using Warehouse.Core.Data;
using Warehouse.Core.Staff;
using Warehouse.Core.Tests.Support;

namespace Warehouse.Core.Tests.Staff;

/// <summary>An unknown badge and a wrong password get the same answer, and both pay for the password hasher.</summary>
public sealed class AccountSignIn_SameAnswer(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private sealed class CountingCheck : PasswordCheck
    {
        public int Hashed { get; private set; }

        public override bool Matches(string password, string? storedHash)
        {
            Hashed++;
            return base.Matches(password, storedHash);
        }
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unknown_badge_wrong_password_and_no_password_all_run_the_hasher_and_all_say_no(DatabaseProvider provider)
    {
        var dbs = new WarehouseDbFactory(await fixture.NewDatabaseAsync(provider));
        await using (var db = dbs.CreateDbContext())
        {
            db.Operators.AddRange(
                new Operator { Name = "Marek", Badge = "B-9001", Role = Role.Supervisor, PasswordHash = Secrets.HashPassword("correct horse") },
                new Operator { Name = "Anna", Badge = "B-1001", Role = Role.Packer });
            await db.SaveChangesAsync();
        }
        var check = new CountingCheck();
        var accounts = new AccountSignIn(dbs, check);

        var unknown = await accounts.CheckAsync("B-0404", "correct horse");
        var wrong = await accounts.CheckAsync("B-9001", "wrong horse");
        var floorOnly = await accounts.CheckAsync("B-1001", "");
        var right = await accounts.CheckAsync(" b-9001", "correct horse");

        Assert.Equal((null, null, null), (unknown, wrong, floorOnly));
        Assert.Equal("Marek", right?.Name);
        Assert.Equal(4, check.Hashed);
    }
}
