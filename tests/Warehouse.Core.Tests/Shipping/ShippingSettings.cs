using Microsoft.Extensions.Configuration;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Tests.Shipping;

/// <summary>The "Shipping" section bound from settings and checked as at start.</summary>
public static class ShippingSettings
{
    /// <summary>What <see cref="ShippingOptionsCheck"/> says of these settings; empty when the app would start.</summary>
    public static IReadOnlyList<string> Problems(params (string Key, string Value)[] settings)
    {
        var options = new ShippingOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build()
            .GetSection("Shipping").Bind(options);
        var result = new ShippingOptionsCheck().Validate(null, options);
        return result.Failed ? [.. result.Failures] : [];
    }
}
