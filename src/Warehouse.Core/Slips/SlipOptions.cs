using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Warehouse.Core.Slips;

/// <summary>The "Slips" section: the coupon code printed for each segment (none for marketplace buyers); checked at start.</summary>
public sealed class SlipOptions
{
    /// <summary>Coupon code by segment name (<c>FirstOrder</c>, <c>Returning</c>); a segment left out gets none.</summary>
    public Dictionary<string, string> Coupons { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? CouponFor(CustomerSegment segment) =>
        segment != CustomerSegment.Marketplace && Coupons.TryGetValue(segment.ToString(), out var code) && !string.IsNullOrWhiteSpace(code) ? code.Trim() : null;
}

public sealed partial class SlipOptionsCheck : IValidateOptions<SlipOptions>
{
    public ValidateOptionsResult Validate(string? name, SlipOptions options)
    {
        var problems = new List<string>();
        foreach (var (segment, code) in options.Coupons)
        {
            if (!Enum.TryParse<CustomerSegment>(segment, ignoreCase: true, out var known) || known == CustomerSegment.Marketplace)
                problems.Add($"Slips:Coupons:{segment} is not a segment that gets a coupon (FirstOrder, Returning).");
            else if (!CouponCode().IsMatch(code ?? ""))
                problems.Add($"Slips:Coupons:{segment} must be 3 to 20 capital letters, digits or dashes.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    [GeneratedRegex("^[A-Z0-9-]{3,20}$")]
    private static partial Regex CouponCode();
}
