namespace Warehouse.Core.Shipping;

public enum CarrierMode
{
    Sandbox,
    Live,
}

/// <summary>
/// The "Shipping" section: per carrier code under <c>Shipping:Carriers:CODE</c>, its mode, cut-off,
/// credentials for live mode and its price table for choosing a carrier. Checked at start by
/// <see cref="ShippingOptionsCheck"/>.
/// </summary>
public sealed class ShippingOptions
{
    public Dictionary<string, CarrierOptions> Carriers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The carrier's settings, or the defaults when the section does not name it.</summary>
    public CarrierOptions For(string code) => Carriers.TryGetValue(code, out var o) ? o : new CarrierOptions();
}

public sealed class CarrierOptions
{
    public CarrierMode Mode { get; set; } = CarrierMode.Sandbox;

    /// <summary>"HH:mm" in floor time; empty keeps the carrier's usual one (see <c>CarrierCalendar.DefaultCutOffs</c>).</summary>
    public string? CutOff { get; set; }

    /// <summary>Shared secret that signs the carrier's webhooks; at least 32 characters when set.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// For a live carrier that does not sign its calls (InPost): the networks (CIDR) it calls from; a call
    /// from anywhere else is refused. Empty keeps the carrier's documented ones (<see cref="WebhookSenders.Documented"/>).
    /// </summary>
    public List<string> WebhookSenders { get; set; } = [];

    /// <summary>The API's address; live GLS and Pocztex may leave it empty for the carrier's production one (ADE Plus WebAPI, e-Nadawca).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Live DPD, GLS and Pocztex: the tracking service's address (DPDInfoServices, GLS Track&amp;Trace, Poczta Polska's Sledzenie); empty keeps the carrier's production one.</summary>
    public string? TrackingUrl { get; set; }

    /// <summary>Live GLS and Pocztex: the tracking service's own user (GLS Track&amp;Trace: a WebAPI/YourGLS user, not the ADE one; Sledzenie, WS-Security, not the e-Nadawca one); empty tracks nothing.</summary>
    public string? TrackingLogin { get; set; }

    /// <summary>Live GLS and Pocztex: that user's password.</summary>
    public string? TrackingPassword { get; set; }

    /// <summary>The API's secret: InPost's bearer token; DPD's and DHL's password (their web services have no token).</summary>
    public string? ApiToken { get; set; }

    /// <summary>The API user, for a carrier that signs in with a login besides the account (DPD, DHL24, GLS ADE Plus, Poczta Polska e-Nadawca).</summary>
    public string? Login { get; set; }

    /// <summary>GLS ADE Plus: the WebAPI user's password, sent only to log in (ADE then works with a session id); Pocztex: the e-Nadawca password, sent with every call (HTTP Basic).</summary>
    public string? Password { get; set; }

    /// <summary>The account at the carrier: InPost's organization id, DPD's FID, DHL's SAP number, GLS's and Poczta Polska's customer id.</summary>
    public string? OrganizationId { get; set; }

    /// <summary>Live mode: one HTTP call (one attempt) may take this long; empty keeps the adapter's default.</summary>
    public TimeSpan? CallTimeout { get; set; }

    /// <summary>Live mode: the first wait before an idempotent call (GET, DELETE) is tried again; doubled each time.</summary>
    public TimeSpan? RetryDelay { get; set; }

    /// <summary>Live mode, InPost: how many times a new shipment is read back while waiting for "confirmed".</summary>
    public int? ConfirmPolls { get; set; }

    /// <summary>Live mode, InPost: the wait between those reads.</summary>
    public TimeSpan? ConfirmPollInterval { get; set; }

    /// <summary>Price per parcel by service code, for choosing when the customer did not; empty keeps <see cref="ServiceRates.Defaults"/>.</summary>
    public Dictionary<string, ServiceRate> Rates { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>What one parcel costs on a service, and where it goes ("PL" or "PL,DE,CZ").</summary>
public sealed class ServiceRate
{
    public long PriceGrosze { get; set; }
    public string Countries { get; set; } = "PL";

    public bool Serves(string countryCode) =>
        Countries.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(countryCode, StringComparer.OrdinalIgnoreCase);
}

/// <summary>List prices of 2026 for a small parcel, rounded: a start for the table, not a quote.</summary>
public static class ServiceRates
{
    public static readonly IReadOnlyDictionary<(string Carrier, string Service), ServiceRate> Defaults = new Dictionary<(string, string), ServiceRate>
    {
        [(CarrierCodes.InPost, "PACZKOMAT")] = new() { PriceGrosze = 1299 },
        [(CarrierCodes.InPost, "KURIER")] = new() { PriceGrosze = 1599 },
        [(CarrierCodes.Dpd, "KURIER")] = new() { PriceGrosze = 1699, Countries = "PL,DE,CZ,SK,LT" },
        [(CarrierCodes.Dhl, "STANDARD")] = new() { PriceGrosze = 1649, Countries = "PL,DE,CZ" },
        [(CarrierCodes.Gls, "KURIER")] = new() { PriceGrosze = 1549, Countries = "PL,DE,CZ,SK,HU" },
        [(CarrierCodes.Pocztex, "KURIER")] = new() { PriceGrosze = 1499 },
        [(CarrierCodes.Pocztex, "PUNKT")] = new() { PriceGrosze = 1199 },
        [(CarrierCodes.Own, "PALETA")] = new() { PriceGrosze = 25_000 },
    };

    /// <summary>The configured rate of the service, else the default one; null when neither prices it.</summary>
    public static ServiceRate? For(ShippingOptions options, string carrier, string service)
    {
        var configured = options.For(carrier).Rates;
        if (configured.Count > 0) return configured.TryGetValue(service, out var rate) ? rate : null;
        return Defaults.TryGetValue((carrier, service), out var fallback) ? fallback : null;
    }
}
