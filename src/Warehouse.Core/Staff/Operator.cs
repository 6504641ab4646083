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
}
