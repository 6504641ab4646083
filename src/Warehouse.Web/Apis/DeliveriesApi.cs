using Warehouse.Core.Receiving;

namespace Warehouse.Web.Apis;

/// <summary>Deliveries a shop's system announces, and what has come of them (docs/picking.md, goods in).</summary>
public static class DeliveriesApi
{
    public sealed record DeliveryDto(string Number, string Supplier, string State, bool Blind, DateTime CreatedUtc, DateTime? ExpectedUtc,
        DateTime? ClosedUtc, int Expected, int Received, IReadOnlyList<DeliveryLineDto> Lines);

    public sealed record DeliveryLineDto(string Sku, string Name, string? Lot, DateOnly? Expiry, int Expected, int Received, int Short, int Over);

    public static RouteGroupBuilder MapDeliveriesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/deliveries", CreateAsync).WithTags("Goods in")
            .Produces(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/deliveries/{number}", FindAsync).WithTags("Goods in");
        return api;
    }

    /// <summary>An expected delivery: its number, supplier and lines (SKU, quantity, lot and expiry where kept); all of it or nothing.</summary>
    private static async Task<IResult> CreateAsync(HttpRequest request, DeliveryIntake intake, CancellationToken ct)
    {
        var (input, problem) = await JsonBody.ReadAsync<ExpectedDelivery>(request, ct);
        if (problem is not null) return problem;
        return await intake.CreateAsync(input!, ct) switch
        {
            DeliveryIntakeOutcome.Created c => TypedResults.Created($"/api/deliveries/{c.Number}", new { number = c.Number, lines = c.Lines, units = c.Units }),
            DeliveryIntakeOutcome.Duplicate d => TypedResults.Problem($"Delivery {d.Number} exists already.", statusCode: StatusCodes.Status409Conflict),
            DeliveryIntakeOutcome.Invalid i => TypedResults.ValidationProblem(i.Problems, detail: "Nothing was stored."),
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<IResult> FindAsync(string number, DeliveryQueries deliveries, CancellationToken ct)
    {
        if (!DeliveryNumber.IsWellFormed(number)) return JsonBody.Invalid("number", "A delivery number: DEL- and capitals, digits, dashes.");
        if (await deliveries.FindAsync(number, ct) is not { } d) return TypedResults.NotFound();
        return TypedResults.Ok(new DeliveryDto(d.Number, d.Supplier, d.State.ToString(), d.Blind, d.CreatedUtc, d.ExpectedUtc, d.ClosedUtc, d.Expected, d.Received,
            d.Lines.Select(l => new DeliveryLineDto(l.Sku, l.Name, l.Lot.Length == 0 ? null : l.Lot, l.Expiry, l.Expected, l.Received,
                Math.Max(0, l.Expected - l.Received), Math.Max(0, l.Received - l.Expected))).ToList()));
    }
}
