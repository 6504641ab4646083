using Microsoft.Extensions.Options;

namespace Warehouse.Core.Returns;

/// <summary>Stops the app at start on a "Returns" setting that would break the law's minimum or the links.</summary>
public sealed class ReturnOptionsCheck : IValidateOptions<ReturnOptions>
{
    public const int MinSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, ReturnOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IEnumerable<string> Problems(ReturnOptions o)
    {
        if (o.WithdrawalDays is < 14 or > 365)
            yield return $"Returns:WithdrawalDays must be 14 (the law's minimum) to 365; it is {o.WithdrawalDays}.";
        if (o.ComplaintMonths is < 24 or > 120)
            yield return $"Returns:ComplaintMonths must be 24 (the law's two years) to 120; it is {o.ComplaintMonths}.";
        if (o.LinkSecret is { } secret && secret.Length < MinSecretLength)
            yield return $"Returns:LinkSecret must be {MinSecretLength} characters or more (or unset, which turns signed links off).";
        if (o.LinkDays is < 1 or > 3650)
            yield return $"Returns:LinkDays must be 1 to 3650; it is {o.LinkDays}.";
    }
}
