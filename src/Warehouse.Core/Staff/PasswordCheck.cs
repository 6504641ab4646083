namespace Warehouse.Core.Staff;

/// <summary>
/// Checks a password against a person's stored hash. A badge nobody has (or a person without a
/// password) is checked against a decoy hash, so it costs what a wrong password costs and nobody
/// can tell the two apart by the answer or by the time it took.
/// </summary>
public class PasswordCheck
{
    private static readonly string Decoy = Secrets.HashPassword(Secrets.NewToken());

    public virtual bool Matches(string password, string? storedHash) =>
        Secrets.VerifyPassword(password, storedHash ?? Decoy) && storedHash is not null;
}
