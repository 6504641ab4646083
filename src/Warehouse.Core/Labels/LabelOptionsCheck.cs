using Microsoft.Extensions.Options;

namespace Warehouse.Core.Labels;

/// <summary>
/// Refuses to start with label settings that would print wrong labels: an SSCC that no scanner at
/// the customer's dock accepts, a tracking link that goes nowhere, a parcel without a sender.
/// </summary>
public sealed class LabelOptionsCheck : IValidateOptions<LabelOptions>
{
    public ValidateOptionsResult Validate(string? name, LabelOptions o)
    {
        var problems = new List<string>();
        if (o.SsccCompanyPrefix is not { Length: >= 7 and <= 10 } || !o.SsccCompanyPrefix.All(char.IsAsciiDigit))
            problems.Add($"Labels:SsccCompanyPrefix must be the 7 to 10 digits GS1 issued, not '{o.SsccCompanyPrefix}'.");
        if (o.SsccExtensionDigit is < 0 or > 9)
            problems.Add($"Labels:SsccExtensionDigit must be one digit 0–9, not {o.SsccExtensionDigit}.");
        if (!Uri.TryCreate(o.TrackingUrlBase, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            problems.Add($"Labels:TrackingUrlBase must be an http(s) address, not '{o.TrackingUrlBase}'.");
        foreach (var (field, value, max) in new[]
        {
            ("Name", o.Sender.Name, 60), ("Street", o.Sender.Street, 60), ("PostalCode", o.Sender.PostalCode, 12),
            ("City", o.Sender.City, 40), ("CountryCode", o.Sender.CountryCode, 2),
        })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > max)
                problems.Add($"Labels:Sender:{field} must be 1 to {max} characters.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
