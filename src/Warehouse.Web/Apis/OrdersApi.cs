using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using Warehouse.Core.Orders;

namespace Warehouse.Web.Apis;

public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders");
        orders.MapPost("/", ImportAsync)
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                // Not .Accepts(…): its content-type matching would answer another type with a bare 404, not words.
                var schema = await context.GetOrCreateSchemaAsync(typeof(ImportedOrder), null, ct);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "One order, contract v1 (docs/orders.md). Fields it does not have are refused by name.",
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
                };
            })
            .WithSummary("Import one order (contract v1, docs/orders.md)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        orders.MapGet("/{number}", GetAsync);
        orders.MapPost("/{number}/cancel", (string number, HttpRequest request, OrderStops stops, CancellationToken ct) =>
            StopAsync(number, StopKind.Cancel, request, stops, ct));
        orders.MapPost("/{number}/hold", (string number, HttpRequest request, OrderStops stops, CancellationToken ct) =>
            StopAsync(number, StopKind.Hold, request, stops, ct));
        orders.MapPost("/{number}/resume", ResumeAsync);
        return api;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, OrderIntake intake, CancellationToken ct)
    {
        var (input, problem) = await JsonBody.ReadAsync<ImportedOrder>(request, ct);
        if (problem is not null) return problem;
        return await intake.ImportAsync(input!, ct) switch
        {
            ImportOutcome.Created c => TypedResults.Created($"/api/orders/{Uri.EscapeDataString(c.Order.Number)}", new { number = c.Order.Number, status = c.Order.Status.ToString() }),
            ImportOutcome.Duplicate d => TypedResults.Problem($"Order {d.Number} already exists.", statusCode: StatusCodes.Status409Conflict),
            ImportOutcome.CaseTwin t => TypedResults.Problem($"Order {t.Number} differs from order {t.Existing} only in letter case; order numbers must differ by more than case.", statusCode: StatusCodes.Status409Conflict),
            ImportOutcome.Invalid i => TypedResults.ValidationProblem(i.Problems),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>Reason: free text for people. Hold: which hold (shop, stock, address, payment, supervisor; shop when left out).</summary>
    public sealed record StopRequest(string? Reason, string? Hold = null);

    public sealed record ResumeRequest(string? Hold);

    private static readonly HoldReasons[] NamedHolds = Enum.GetValues<HoldReasons>().Where(h => h != HoldReasons.None).ToArray();

    private static bool TryParseHold(string? text, out HoldReasons hold)
    {
        hold = HoldReasons.Shop;
        if (text is null) return true;
        hold = NamedHolds.FirstOrDefault(h => string.Equals(h.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
        return hold != HoldReasons.None;
    }

    // A JSON body sent without a length (chunked) counts too: the shop's reason must not be dropped.
    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.HasJsonContentType());

    private static IResult UnknownHold() =>
        JsonBody.Invalid("hold", $"One of: {string.Join(", ", NamedHolds.Select(h => h.ToString().ToLowerInvariant()))}.");

    private static async Task<IResult> StopAsync(string number, StopKind kind, HttpRequest request, OrderStops stops, CancellationToken ct)
    {
        string? reason = null;
        var hold = HoldReasons.Shop;
        if (HasBody(request))
        {
            var (body, problem) = await JsonBody.ReadAsync<StopRequest>(request, ct);
            if (problem is not null) return problem;
            reason = body!.Reason;
            if (reason?.Length > 500) return JsonBody.Invalid("reason", "At most 500 characters.");
            if (reason?.Any(c => char.IsControl(c) && c is not '\n') == true) return JsonBody.Invalid("reason", "Control characters are not allowed.");
            if (!TryParseHold(body.Hold, out hold)) return UnknownHold();
        }
        return await stops.StopAsync(number, kind, reason, hold, ct) switch
        {
            StopOutcome.Stopped => TypedResults.Ok(new { number, status = kind == StopKind.Cancel ? "Cancelled" : "OnHold" }),
            StopOutcome.NotFound => TypedResults.Problem($"No order {number}.", statusCode: StatusCodes.Status404NotFound),
            StopOutcome.AlreadyCancelled => TypedResults.Problem($"Order {number} is already cancelled.", statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem($"Order {number} has already left the warehouse.", statusCode: StatusCodes.Status409Conflict),
        };
    }

    /// <summary>Lifts one hold (the shop's when none is named); the order goes on where it was once no hold is left.</summary>
    private static async Task<IResult> ResumeAsync(string number, HttpRequest request, OrderStops stops, CancellationToken ct)
    {
        var hold = HoldReasons.Shop;
        if (HasBody(request))
        {
            var (body, problem) = await JsonBody.ReadAsync<ResumeRequest>(request, ct);
            if (problem is not null) return problem;
            if (!TryParseHold(body!.Hold, out hold)) return UnknownHold();
        }
        var lifted = await stops.LiftAsync(number, hold, ct);
        return lifted.Outcome switch
        {
            StopOutcome.Lifted => TypedResults.Ok(new { number, status = lifted.Status, holds = HoldNames(lifted.StillHeld) }),
            StopOutcome.NotFound => TypedResults.Problem($"No order {number}.", statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem($"Order {number} is not held for {hold.ToString().ToLowerInvariant()}.", statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static string[] HoldNames(HoldReasons holds) =>
        NamedHolds.Where(h => holds.HasFlag(h)).Select(h => h.ToString().ToLowerInvariant()).ToArray();

    public sealed record OrderLineDto(string Sku, string Name, int Quantity, decimal? Price);

    /// <summary>What the shop told us beyond the lines (contract v1); money in major units of <c>Currency</c>.</summary>
    public sealed record OrderExtrasDto(string? PickupPoint, decimal? CashOnDelivery, decimal? DeliveryPaid, string Currency, string Language,
        bool MarketingConsent, bool Gift, string? GiftNote, bool EcoPackaging, string? Brand);
    /// <summary>A parcel: its tracking number is null until the carrier has answered; <c>Status</c> as in docs/shipping.md.</summary>
    public sealed record ParcelDto(string? TrackingNumber, string Sscc, string Carton, int WeightGrams, DateTime PackedUtc, string Carrier, string Service, string Status, string? CarrierProblem);
    public sealed record OrderDto(string Number, string Channel, string Status, string? StopReason, string Carrier, string Service,
        DateTime ShipByUtc, DateTime? PackedUtc, string? ClaimedByStation, IReadOnlyList<OrderLineDto> Lines, IReadOnlyList<ParcelDto> Parcels,
        IReadOnlyList<string> Holds, OrderExtrasDto Extras);

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> GetAsync(string number, OrderQueries orders, CancellationToken ct)
    {
        var order = await orders.FindAsync(number, ct);
        if (order is null) return TypedResults.Problem($"No order {number}.", statusCode: StatusCodes.Status404NotFound);
        return TypedResults.Ok(new OrderDto(order.Number, order.Channel.ToString(), order.FloorStatus, order.StopReason,
            order.Carrier, order.Service, order.ShipByUtc, order.PackedUtc, order.ClaimedByStation,
            order.Lines.Select(l => new OrderLineDto(l.Sku.Code, l.Sku.Name, l.Quantity, Major(l.UnitPriceMinor))).ToList(),
            order.Parcels.Select(p => new ParcelDto(p.TrackingNumber, p.Sscc, p.CartonCode, p.WeightGrams, p.PackedUtc, p.CarrierCode, p.ServiceCode, p.Status.ToString(), p.CarrierProblem)).ToList(),
            HoldNames(order.Holds),
            new OrderExtrasDto(order.PickupPoint, Major(order.CashOnDeliveryMinor), Major(order.DeliveryPaidMinor), order.Currency, order.Language,
                order.MarketingConsent, order.Gift, order.GiftNote, order.EcoPackaging, order.Brand)));
    }

    private static decimal? Major(long? minor) => minor is { } m ? m / 100m : null;
}
