using System.Globalization;
using System.Text.Json.Serialization;
using Warehouse.Core.Shipping;
using Warehouse.Core.Shipping.Dock;

namespace Warehouse.Web.Apis;

/// <summary>Closed manifests (close-out at a dock, docs/shipping.md): what was handed to which carrier, and when.</summary>
public static class ManifestsApi
{
    public sealed record ManifestSummaryDto(string Number, string Carrier, string Status, DateTime ClosedUtc, int ParcelCount, int TotalWeightGrams,
        string? CarrierReference);

    public sealed record ManifestParcelDto(string? TrackingNumber, string Sscc, int WeightGrams, string OrderNumber);

    public sealed record ManifestDto(string Number, string Carrier, string Status, DateTime ClosedUtc, string ClosedAt, int ParcelCount,
        int TotalWeightGrams, string? CarrierReference, DateTime? HandedOverUtc, string? HandoverProblem, IReadOnlyList<ManifestParcelDto> Parcels);

    public static RouteGroupBuilder MapManifestsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/manifests", ListAsync).WithTags("Shipping").ProducesValidationProblem();
        api.MapGet("/manifests/{number}", FindAsync).WithTags("Shipping").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/manifests/{number}/handover", RetryAsync).WithTags("Shipping").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    /// <summary>Reason: for the audit (what was fixed), at most 200 plain characters.</summary>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    public sealed record RetryRequest(string? Reason);

    /// <summary>Asks the carrier again for a handover it refused (audited); 202: it is told at the next pass.</summary>
    private static async Task<IResult> RetryAsync(string number, HttpRequest request, HandoverRetry retry, CancellationToken ct)
    {
        if (!ManifestQueries.IsWellFormed(number)) return JsonBody.Invalid("number", "A manifest number: MAN-<CARRIER>-<yyyyMMdd>-<nn>.");
        var (input, problem) = await JsonBody.ReadAsync<RetryRequest>(request, ct);
        if (problem is not null) return problem;
        if (input!.Reason is { Length: > HandoverRetry.MaxReasonLength }) return JsonBody.Invalid("reason", $"At most {HandoverRetry.MaxReasonLength} characters.");
        if (input.Reason is { } r && r.Any(char.IsControl)) return JsonBody.Invalid("reason", "Control characters are not allowed.");
        var by = request.HttpContext.User.Identity?.Name ?? "api";
        return await retry.RetryAsync(number, by, input.Reason, ct) switch
        {
            HandoverRetryOutcome.Due => TypedResults.Accepted($"/api/manifests/{number}", new { manifest = number, status = "waiting" }),
            HandoverRetryOutcome.NotFound => TypedResults.Problem($"No manifest {number}.", statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem("Only a handover the carrier refused is asked again; this one is handed over or still being tried.", statusCode: StatusCodes.Status409Conflict),
        };
    }

    /// <summary>Closed manifests, newest first; <c>carrier</c> a carrier code (INPOST…), <c>date</c> a floor day (yyyy-MM-dd, Europe/Warsaw).</summary>
    private static async Task<IResult> ListAsync(string? carrier, string? date, ManifestQueries manifests, CancellationToken ct)
    {
        if (carrier is not null && !CarrierCodes.IsKnown(carrier)) return JsonBody.Invalid("carrier", $"One of {string.Join(", ", CarrierCodes.All)}.");
        DateOnly? day = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return JsonBody.Invalid("date", "A day as yyyy-MM-dd.");
            day = d;
        }
        var list = await manifests.ListAsync(carrier, day, ct);
        return TypedResults.Ok(list.Select(m => new ManifestSummaryDto(m.Number, m.CarrierCode, m.Status, m.ClosedUtc, m.ParcelCount, m.TotalWeightGrams, m.CarrierReference)).ToList());
    }

    private static async Task<IResult> FindAsync(string number, ManifestQueries manifests, CancellationToken ct)
    {
        if (!ManifestQueries.IsWellFormed(number)) return JsonBody.Invalid("number", "A manifest number: MAN-<CARRIER>-<yyyyMMdd>-<nn>.");
        if (await manifests.FindAsync(number, ct) is not { } m) return TypedResults.Problem($"No manifest {number}.", statusCode: StatusCodes.Status404NotFound);
        return TypedResults.Ok(new ManifestDto(m.Number, m.CarrierCode, m.Status, m.ClosedUtc, m.ClosedAt, m.ParcelCount, m.TotalWeightGrams, m.CarrierReference,
            m.HandedOverUtc, m.HandoverProblem, m.Parcels.Select(p => new ManifestParcelDto(p.TrackingNumber, p.Sscc, p.WeightGrams, p.OrderNumber)).ToList()));
    }
}
