using System.Net;

namespace Warehouse.Core.Shipping;

/// <summary>
/// How a carrier that does not sign its webhooks is told apart from anyone else: by the network its call
/// comes from. InPost's ShipX documentation ("Webhooks") names the addresses it sends from, 91.216.25.0/24,
/// and signs nothing; a carrier with a <see cref="CarrierOptions.WebhookSecret"/> is checked by signature instead.
/// </summary>
public static class WebhookSenders
{
    public const int MaxNetworks = 20;

    /// <summary>The senders each live carrier documents, for when the settings name none.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Documented = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
    {
        [CarrierCodes.InPost] = ["91.216.25.0/24"],
    };

    /// <summary>A CIDR network whose address has no bits past its prefix (91.216.25.1/24 is a typo, not a network).</summary>
    public static bool IsNetwork(string? text)
    {
        if (text is not { Length: > 0 and <= 50 } || !IPNetwork.TryParse(text.Trim(), out var network)) return false;
        return IPAddress.TryParse(text.Trim().Split('/')[0], out var address) && address.Equals(network.BaseAddress);
    }

    /// <summary>The networks a live carrier's unsigned calls may come from; empty when it has none (its calls are then refused).</summary>
    public static IReadOnlyList<IPNetwork> For(string carrierCode, CarrierOptions options)
    {
        if (options.Mode != CarrierMode.Live) return [];
        var listed = options.WebhookSenders.Count > 0 ? options.WebhookSenders : Documented.GetValueOrDefault(carrierCode) ?? [];
        return [.. listed.Where(IsNetwork).Select(n => IPNetwork.Parse(n.Trim()))];
    }

    /// <summary>Whether the caller's address (IPv4 seen as IPv6 included) is in one of the networks.</summary>
    public static bool Allows(IReadOnlyList<IPNetwork> networks, IPAddress? caller)
    {
        if (caller is null) return false;
        var address = caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller;
        return networks.Any(n => n.Contains(address));
    }
}
