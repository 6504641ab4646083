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
    /// PBKDF2 hash of the approval PIN a supervisor types at a station after scanning the badge: a badge
    /// is a barcode anyone can print or type, the PIN is what only the supervisor knows. Null: cannot approve.
    /// </summary>
    public string? PinHash { get; set; }

    /// <summary>Wrong PINs in a row; from the fifth on, each makes the next try wait longer (<see cref="SupervisorPins"/>).</summary>
    public int PinFailures { get; set; }

    public DateTime? PinRetryAfterUtc { get; set; }

    /// <summary>
    /// Copied into the person's sign-in cookie and compared on every request: a new stamp (sign-out,
    /// deactivation, a password reset, a role change) makes every cookie and page issued before it worthless.
    /// </summary>
    public string SecurityStamp { get; set; } = Secrets.NewToken();

    /// <summary>Every session this person has ends: cookies, copies of them, open pages.</summary>
    public void EndSessions() => SecurityStamp = Secrets.NewToken();
}
