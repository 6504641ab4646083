namespace Warehouse.Core.Staff;

/// <summary>A person on the floor, known by the badge they scan.</summary>
public sealed class Operator
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Badge { get; set; }
    public Role Role { get; set; }

    /// <summary>UI language: "pl" (default) or "en".</summary>
    public string Language { get; set; } = "pl";

    /// <summary>PBKDF2 hash for signing in to the web pages (dashboard, admin); null for floor-only staff.</summary>
    public string? PasswordHash { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>
    /// Copied into the person's sign-in cookie and compared on every request: a new stamp (sign-out,
    /// deactivation, a password reset, a role change) makes every cookie and page issued before it worthless.
    /// </summary>
    public string SecurityStamp { get; set; } = Secrets.NewToken();

    /// <summary>Every session this person has ends: cookies, copies of them, open pages.</summary>
    public void EndSessions() => SecurityStamp = Secrets.NewToken();
}
