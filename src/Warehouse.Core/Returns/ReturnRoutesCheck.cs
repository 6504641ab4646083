using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Returns;

/// <summary>
/// Stops the app at start on a route the portal could not keep: a carrier or service this warehouse does not
/// have, a live carrier that makes no returns, a locker return by anyone but InPost, or no way back at all.
/// </summary>
public sealed class ReturnRoutesCheck(IServiceProvider services) : IValidateOptions<ReturnRoutesOptions>
{
    public ValidateOptionsResult Validate(string? name, ReturnRoutesOptions options)
    {
        CarrierDirectory carriers;
        // The carriers are made from other settings (our own fleet's from Labels:TrackingUrlBase). When one of those
        // is wrong its own check says so; failing here with its words would hide the other checks' sentences.
        try { carriers = services.GetRequiredService<CarrierDirectory>(); }
        catch (OptionsValidationException) { return ValidateOptionsResult.Skip; }
        var problems = Problems(options, carriers).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IEnumerable<string> Problems(ReturnRoutesOptions options, CarrierDirectory carriers)
    {
        var offered = options.Methods().Where(m => m.Route.Offered).ToList();
        if (offered.Count == 0)
            yield return $"{ReturnRoutesOptions.Section} offers no drop-off method, so the portal could take no return: give at least one a Carrier and Service.";
        foreach (var (method, route) in offered)
        {
            var key = $"{ReturnRoutesOptions.Section}:{method}";
            if (!carriers.TryFind(route.Carrier, out var carrier))
            {
                yield return $"{key}:Carrier '{route.Carrier}' is not a carrier of this warehouse; the carriers are {string.Join(", ", carriers.All.Select(c => c.Code))}.";
                continue;
            }
            if (!carrier.Services.Any(s => string.Equals(s.Code, route.Service?.Trim(), StringComparison.OrdinalIgnoreCase)))
                yield return $"{key}:Service '{route.Service}' is not a service of {carrier.Code}; its services are {string.Join(", ", carrier.Services.Select(s => s.Code))}.";
            if (!carrier.MakesReturns)
                yield return $"{key}:Carrier {carrier.Code} makes no returns in live mode yet (docs/shipping.md): route {method} to another carrier, or set its Carrier to \"\" to not offer it.";
            // The code the customer types in at a Paczkomat is InPost's own: no other carrier can give one.
            if (method == DropOff.InPostLocker && carrier.Code != CarrierCodes.InPost)
                yield return $"{key}:Carrier must be {CarrierCodes.InPost} (the code typed in at the locker is InPost's), or empty to not offer it; it is {carrier.Code}.";
        }
    }
}
