using Warehouse.Core.Notifications;

namespace Warehouse.Web.Apis;

/// <summary>Customer notices that could not be sent (docs/notifications.md): list them, send one again.</summary>
public static class NoticesApi
{
    public static RouteGroupBuilder MapNoticesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/notices/dead", async (int? max, NoticeAdmin notices, CancellationToken ct) =>
            TypedResults.Ok(await notices.DeadLettersAsync(max ?? 200, ct))).WithTags("Notices");
        api.MapPost("/notices/{id:int}/resend", async (int id, NoticeAdmin notices, CancellationToken ct) =>
            await notices.ResendAsync(id, operatorId: null, ct) switch
            {
                ResendOutcome.Resent => Results.Accepted(),
                ResendOutcome.NotFound => Results.Problem($"No notice {id}.", statusCode: StatusCodes.Status404NotFound),
                _ => Results.Problem($"Notice {id} is not a dead letter: only those are sent again.", statusCode: StatusCodes.Status409Conflict),
            }).WithTags("Notices");
        return api;
    }
}
