using System.Text.RegularExpressions;
using Warehouse.Core.Staff;

namespace Warehouse.Web.FirstStart;

/// <summary>
/// The first admin of a real warehouse (and any admin added the same way later), checked at the
/// edge: badge as the sign-in form and a badge barcode carry it, a name that is text, a password
/// worth the name. Each refusal says what to change.
/// </summary>
public sealed partial record NewAdmin(string Badge, string Name, string Language)
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 200; // what the sign-in form accepts

    public static bool TryCreate(string? badge, string? name, string? language, out NewAdmin admin, out string error)
    {
        admin = null!;
        badge = badge?.Trim().ToUpperInvariant() ?? "";
        name = name?.Trim() ?? "";
        language = string.IsNullOrWhiteSpace(language) ? "pl" : language.Trim().ToLowerInvariant();
        if (!BadgeFormat().IsMatch(badge))
            error = "The badge must be 1 to 40 letters A-Z, digits or '-', starting with a letter or digit (what a badge barcode carries), e.g. B-0001.";
        else if (name.Length is 0 or > 100)
            error = "The name must be 1 to 100 characters.";
        else if (name.Any(char.IsControl))
            error = "The name must not hold control characters (tabs, line breaks, escapes).";
        else if (language is not ("pl" or "en"))
            error = "The language is 'pl' or 'en'.";
        else
        {
            admin = new NewAdmin(badge, name, language);
            error = "";
            return true;
        }
        return false;
    }

    /// <summary>Why a password is refused, or null when it will do.</summary>
    public string? PasswordProblem(string password)
    {
        if (password.Length == 0) return "The password is empty.";
        if (password.Length < MinPasswordLength) return $"The password is too short: at least {MinPasswordLength} characters (a passphrase of a few words is fine).";
        if (password.Length > MaxPasswordLength) return $"The password is too long: at most {MaxPasswordLength} characters.";
        if (password.Any(char.IsControl)) return "The password must be one line without control characters.";
        if (password != password.Trim()) return "The password must not start or end with spaces (a password file's stray spaces would become part of it).";
        if (password.Distinct().Count() < 5) return "The password is too simple: use at least 5 different characters.";
        if (password.Contains(Badge, StringComparison.OrdinalIgnoreCase)) return "The password must not contain the badge.";
        return null;
    }

    public Operator ToOperator(string password) => new()
    {
        Badge = Badge,
        Name = Name,
        Role = Role.Admin,
        Language = Language,
        PasswordHash = Secrets.HashPassword(password),
        Active = true,
    };

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,39}$")]
    private static partial Regex BadgeFormat();
}
