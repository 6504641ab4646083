using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Orders;

namespace Warehouse.Web.Apis;

public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders");
        orders.MapPost("/", ImportAsync);
        orders.MapGet("/{number}", GetAsync);
        orders.MapPost("/{number}/cancel", (string number, HttpRequest request, OrderStops stops, CancellationToken ct) =>
            StopAsync(number, StopKind.Cancel, request, stops, ct));
        orders.MapPost("/{number}/hold", (string number, HttpRequest request, OrderStops stops, CancellationToken ct) =>
            StopAsync(number, StopKind.Hold, request, stops, ct));
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
            ImportOutcome.Invalid i => TypedResults.ValidationProblem(i.Problems),
            _ => throw new InvalidOperationException(),
        };
    }

    public sealed record StopRequest(string? Reason);

    private static async Task<IResult> StopAsync(string number, StopKind kind, HttpRequest request, OrderStops stops, CancellationToken ct)
    {
        string? reason = null;
        if (request.ContentLength > 0)
        {
            var (body, problem) = await JsonBody.ReadAsync<StopRequest>(request, ct);
            if (problem is not null) return problem;
            reason = body!.Reason;
            if (reason?.Length > 500) return JsonBody.Invalid("reason", "At most 500 characters.");
        }
        return await stops.StopAsync(number, kind, reason, ct) switch
        {
            StopOutcome.Stopped => TypedResults.Ok(new { number, status = kind == StopKind.Cancel ? "Cancelled" : "OnHold" }),
            StopOutcome.NotFound => TypedResults.Problem($"No order {number}.", statusCode: StatusCodes.Status404NotFound),
            _ => TypedResults.Problem($"Order {number} has already left the warehouse.", statusCode: StatusCodes.Status409Conflict),
        };
    }

    public sealed record OrderLineDto(string Sku, string Name, int Quantity);
    public sealed record ParcelDto(string TrackingNumber, string Sscc, string Carton, int WeightGrams, DateTime PackedUtc);
    public sealed record OrderDto(string Number, string Channel, string Status, string? StopReason, string Carrier, string Service,
        DateTime ShipByUtc, DateTime? PackedUtc, string? ClaimedByStation, IReadOnlyList<OrderLineDto> Lines, IReadOnlyList<ParcelDto> Parcels);

    private static async Task<Results<Ok<OrderDto>, ProblemHttpResult>> GetAsync(string number, IDbContextFactory<WarehouseDb> dbs, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking()
            .Include(o => o.Lines).ThenInclude(l => l.Sku)
            .Include(o => o.Parcels)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Number == number, ct);
        if (order is null) return TypedResults.Problem($"No order {number}.", statusCode: StatusCodes.Status404NotFound);
        return TypedResults.Ok(new OrderDto(order.Number, order.Channel.ToString(), order.Status.ToString(), order.StopReason,
            order.Carrier, order.Service, order.ShipByUtc, order.PackedUtc, order.ClaimedByStation,
            order.Lines.Select(l => new OrderLineDto(l.Sku.Code, l.Sku.Name, l.Quantity)).ToList(),
            order.Parcels.Select(p => new ParcelDto(p.TrackingNumber, p.Sscc, p.CartonCode, p.WeightGrams, p.PackedUtc)).ToList()));
    }
}
