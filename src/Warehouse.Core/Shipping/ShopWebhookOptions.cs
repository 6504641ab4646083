using Microsoft.Extensions.Options;

namespace Warehouse.Core.Shipping;

/// <summary>Where the shop hears about its parcels (the "Shop:Webhook" section); off while <see cref="Url"/> is empty.</summary>
public sealed class ShopWebhookOptions
{
    public string? Url { get; set; }

    /// <summary>Signs each call as carriers sign theirs to us (docs/shipping.md): HMAC-SHA256, at least 32 characters.</summary>
    public string? Secret { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}

public sealed class ShopWebhookOptionsCheck : IValidateOptions<ShopWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, ShopWebhookOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var problems = new List<string>();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            problems.Add("Shop:Webhook:Url must be an absolute http(s) URL.");
        else if (url.Scheme == "http" && !url.IsLoopback)
            problems.Add("Shop:Webhook:Url must use https unless it is on this machine.");
        if (options.Secret is not { Length: >= 32 })
            problems.Add("Shop:Webhook:Secret must be set, at least 32 characters, when Shop:Webhook:Url is.");
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(2))
            problems.Add("Shop:Webhook:Timeout must be between 0 and 2 minutes.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
