using System.Globalization;
using Microsoft.Extensions.Options;

namespace Warehouse.Core.Shipping;

/// <summary>
/// Refuses to start with shipping settings that would fail at the first parcel: a carrier code we do
/// not know (a typo would silently keep the defaults), a cut-off that is no time of day, a webhook secret
/// short enough to guess, a live carrier without its credentials. Every message names the setting.
/// </summary>
public sealed class ShippingOptionsCheck : IValidateOptions<ShippingOptions>
{
    public const int MinWebhookSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, ShippingOptions options)
    {
        var problems = new List<string>();
        foreach (var (key, carrier) in options.Carriers)
        {
            var at = $"Shipping:Carriers:{key}";
            var code = key.ToUpperInvariant();
            if (!CarrierCodes.IsKnown(code))
            {
                problems.Add($"{at} is not a carrier we know; the codes are {string.Join(", ", CarrierCodes.All)}.");
                continue;
            }
            if (carrier is null) continue;
            if (!string.IsNullOrEmpty(carrier.CutOff) && !TryParseCutOff(carrier.CutOff, out _))
                problems.Add($"{at}:CutOff must be a time of day in floor time such as 16:00, not '{carrier.CutOff}'.");
            if (!string.IsNullOrEmpty(carrier.WebhookSecret) && carrier.WebhookSecret.Length < MinWebhookSecretLength)
                problems.Add($"{at}:WebhookSecret must be at least {MinWebhookSecretLength} characters; it has {carrier.WebhookSecret.Length}.");
            if (!Enum.IsDefined(carrier.Mode))
                problems.Add($"{at}:Mode must be Sandbox or Live.");
            if (carrier.Mode == CarrierMode.Live) Live(at, code, carrier, problems);
            if (carrier.WebhookSenders.Count > WebhookSenders.MaxNetworks)
                problems.Add($"{at}:WebhookSenders lists at most {WebhookSenders.MaxNetworks} networks.");
            foreach (var network in carrier.WebhookSenders.Where(n => !WebhookSenders.IsNetwork(n)))
                problems.Add($"{at}:WebhookSenders: '{network}' is not a network such as 91.216.25.0/24.");
            foreach (var (service, rate) in carrier.Rates)
            {
                if (rate is null || rate.PriceGrosze < 0)
                    problems.Add($"{at}:Rates:{service}:PriceGrosze must be zero or more.");
                else if (rate.Countries.Split(',', StringSplitOptions.TrimEntries).Any(c => c.Length != 2 || !c.All(char.IsAsciiLetter)))
                    problems.Add($"{at}:Rates:{service}:Countries must be two-letter codes separated by commas, such as PL,DE.");
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static bool TryParseCutOff(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static bool IsApiAddress(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp && url.IsLoopback);

    private static void Live(string at, string code, CarrierOptions carrier, List<string> problems)
    {
        if (code == CarrierCodes.Own)
        {
            problems.Add($"{at}:Mode is Live, but our own fleet has no carrier API; it is always Sandbox.");
            return;
        }
        if (code == CarrierCodes.Gls)
        {
            UserAndPassword(at, carrier, problems, "GLS ADE Plus WebAPI", "the ADE Plus WebAPI user");
            TrackingUser(at, carrier, problems, "GLS Track&Trace", "GLS's Track&Trace user, not the ADE one");
            return;
        }
        if (code == CarrierCodes.Pocztex)
        {
            UserAndPassword(at, carrier, problems, "Poczta Polska e-Nadawca", "the e-Nadawca user");
            TrackingUser(at, carrier, problems, "Poczta Polska's tracking service", "the Sledzenie tracking user, not the e-Nadawca one");
            return;
        }
        // http only to this machine (a test double or a local tunnel): a token never crosses a network in clear.
        if (!IsApiAddress(carrier.BaseUrl))
            problems.Add($"{at}:BaseUrl must be the carrier's https API address in Live mode (http only for a loopback address).");
        if (string.IsNullOrWhiteSpace(carrier.ApiToken))
            problems.Add($"{at}:ApiToken is required in Live mode.");
        if (string.IsNullOrWhiteSpace(carrier.OrganizationId))
            problems.Add($"{at}:OrganizationId (the account at the carrier) is required in Live mode.");
        Timeout(at, carrier, problems);
        if (carrier.ConfirmPolls is < 0)
            problems.Add($"{at}:ConfirmPolls must be zero or more.");
        if (code == CarrierCodes.Dpd)
        {
            // DPD signs in with login, password (ApiToken) and the account's FID, a number.
            if (string.IsNullOrWhiteSpace(carrier.Login))
                problems.Add($"{at}:Login (the DPDServices user) is required in Live mode.");
            if (!string.IsNullOrWhiteSpace(carrier.OrganizationId) && !carrier.OrganizationId.All(char.IsAsciiDigit))
                problems.Add($"{at}:OrganizationId must be DPD's FID, digits only, not '{carrier.OrganizationId}'.");
            // Tracking signs in with the same login and password, so it is held to the same rule as BaseUrl.
            if (!string.IsNullOrWhiteSpace(carrier.TrackingUrl) && !IsApiAddress(carrier.TrackingUrl))
                problems.Add($"{at}:TrackingUrl must be DPD's https tracking service address (http only for a loopback address), or empty for DPD's production one.");
        }
        if (code == CarrierCodes.Dhl)
        {
            // DHL24 signs in with its API user and password (ApiToken); the SAP number is the paying account.
            if (string.IsNullOrWhiteSpace(carrier.Login))
                problems.Add($"{at}:Login (the DHL24 WebAPI user) is required in Live mode.");
            if (!string.IsNullOrWhiteSpace(carrier.OrganizationId) && !carrier.OrganizationId.All(char.IsAsciiDigit))
                problems.Add($"{at}:OrganizationId must be DHL's SAP number (the paying account), digits only, not '{carrier.OrganizationId}'.");
        }
    }

    /// <summary>
    /// GLS's ADE Plus WebAPI and Poczta Polska's e-Nadawca sign in with a user and a password (no token, no account
    /// number: the user is the account); their address defaults to the carrier's production service.
    /// </summary>
    private static void UserAndPassword(string at, CarrierOptions carrier, List<string> problems, string service, string user)
    {
        if (!string.IsNullOrWhiteSpace(carrier.BaseUrl) && !IsApiAddress(carrier.BaseUrl))
            problems.Add($"{at}:BaseUrl must be the https {service} address (http only for a loopback address), or empty for the production one.");
        if (string.IsNullOrWhiteSpace(carrier.Login))
            problems.Add($"{at}:Login ({user}) is required in Live mode.");
        if (string.IsNullOrWhiteSpace(carrier.Password))
            problems.Add($"{at}:Password ({user}'s password) is required in Live mode.");
        Timeout(at, carrier, problems);
    }

    /// <summary>
    /// A tracking service with a user of its own (GLS Track&amp;Trace, Poczta Polska's Sledzenie). Without one the carrier
    /// still ships and its parcels are not tracked (logged); half of one — a login without its password, or the other way
    /// round — is a setting left unfinished, and stops the start. Its address is held to BaseUrl's rule.
    /// </summary>
    private static void TrackingUser(string at, CarrierOptions carrier, List<string> problems, string service, string user)
    {
        if (string.IsNullOrWhiteSpace(carrier.TrackingLogin) != string.IsNullOrWhiteSpace(carrier.TrackingPassword))
            problems.Add($"{at}:TrackingLogin and TrackingPassword ({user}) go together: set both, or neither to track nothing.");
        if (!string.IsNullOrWhiteSpace(carrier.TrackingUrl) && !IsApiAddress(carrier.TrackingUrl))
            problems.Add($"{at}:TrackingUrl must be the https address of {service} (http only for a loopback address), or empty for the production one.");
    }

    private static void Timeout(string at, CarrierOptions carrier, List<string> problems)
    {
        if (carrier.CallTimeout is { } call && call <= TimeSpan.Zero)
            problems.Add($"{at}:CallTimeout must be longer than zero.");
    }
}
