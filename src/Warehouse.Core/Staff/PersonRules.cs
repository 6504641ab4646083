using System.Text.RegularExpressions;
using Warehouse.Core.Floor;

namespace Warehouse.Core.Staff;

/// <summary>
/// What the people page accepts, checked once at the edge: a badge as a badge barcode carries it, a
/// name that is plain text, a password worth the name. Each refusal is a code the page translates.
/// </summary>
public static partial class PersonRules
{
    public const int MaxBadgeLength = 40;
    public const int MaxNameLength = 100;
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 200; // what the sign-in form accepts

    public static string NormaliseBadge(string? badge) => (badge ?? "").Trim().ToUpperInvariant();

    public static FloorMessage? BadgeProblem(string badge) =>
        badge.Length == 0 ? new FloorMessage("people.badge_required")
        : badge.Length > MaxBadgeLength ? new FloorMessage("people.badge_too_long", MaxBadgeLength.ToString())
        : !BadgeFormat().IsMatch(badge) ? new FloorMessage("people.badge_format")
        : null;

    public static FloorMessage? NameProblem(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) return new FloorMessage("people.name_required");
        if (trimmed.Length > MaxNameLength) return new FloorMessage("people.name_too_long", MaxNameLength.ToString());
        // Control characters would break the audit trail, the labels and the terminal of whoever reads a log.
        if (trimmed.Any(char.IsControl)) return new FloorMessage("people.name_control");
        // Markup is shown escaped, but a name is a name: nobody is called "<script>".
        if (trimmed.IndexOfAny(['<', '>', '^', '~', '\\']) >= 0) return new FloorMessage("people.name_characters");
        return null;
    }

    /// <summary>Null for "no password" (floor-only staff sign in by badge scan); otherwise why it is refused, or null.</summary>
    public static FloorMessage? PasswordProblem(string? password, string badge)
    {
        if (string.IsNullOrEmpty(password)) return null;
        if (password.Length > MaxPasswordLength) return new FloorMessage("people.password_too_long", MaxPasswordLength.ToString());
        if (password.Any(char.IsControl)) return new FloorMessage("people.password_control");
        if (password.Length < MinPasswordLength) return new FloorMessage("people.password_too_short", MinPasswordLength.ToString());
        if (password != password.Trim()) return new FloorMessage("people.password_spaces");
        if (password.Distinct().Count() < 5) return new FloorMessage("people.password_simple");
        if (badge.Length > 0 && password.Contains(badge, StringComparison.OrdinalIgnoreCase)) return new FloorMessage("people.password_badge");
        return null;
    }

    public static FloorMessage? LanguageProblem(string? language) =>
        language is "pl" or "en" ? null : new FloorMessage("people.language_unknown");

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex BadgeFormat();
}
