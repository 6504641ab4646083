using Microsoft.Extensions.Options;

namespace Warehouse.Core.Quality;

/// <summary>Checks the "Quality:Checklists" at start: a category named, 1–20 checks each, every check a short line of text.</summary>
public sealed class QcOptionsCheck : IValidateOptions<QcOptions>
{
    public const int MaxChecks = 20;
    public const int MaxCheckLength = 100;

    public ValidateOptionsResult Validate(string? name, QcOptions options)
    {
        var problems = new List<string>();
        foreach (var (category, checks) in options.Checklists)
        {
            if (string.IsNullOrWhiteSpace(category)) problems.Add("Quality:Checklists has a checklist without a category.");
            if (checks is not { Count: > 0 and <= MaxChecks })
                problems.Add($"Quality:Checklists:{category} must list 1–{MaxChecks} checks.");
            else if (checks.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > MaxCheckLength || c.Any(char.IsControl)))
                problems.Add($"Quality:Checklists:{category}: every check is a line of text of at most {MaxCheckLength} characters.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
