using Warehouse.Core.Floor;
using Warehouse.Core.Returns.Analytics;
using Warehouse.Web.Auth;
using Warehouse.Web.Localization;

namespace Warehouse.Web.Returns;

/// <summary><c>GET /floor/returns.csv</c>: the analytics page's figures as a file (<see cref="ReturnsCsv"/>), for supervisors.</summary>
internal static class ReturnsAnalyticsCsv
{
    public static void Map(WebApplication app) =>
        app.MapGet("/floor/returns.csv", DownloadAsync).RequireAuthorization(FloorPolicies.Supervisor).ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(HttpContext http, ReturnsAnalytics analytics, FloorClock clock, CancellationToken ct)
    {
        var q = http.Request.Query;
        var (period, problems) = ReturnsPeriod.Parse(q["from"], q["to"], q["channel"], ReturnsPeriod.LastDays(clock));
        if (period is null)
        {
            // Said in the supervisor's language, as the page says it.
            var t = Texts.For(http.User);
            return Results.Text(string.Join("\n", problems.Select(p => t[p])), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        var csv = ReturnsCsv.Write(await analytics.ReadAsync(period, ct));
        var name = $"returns-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}{(period.Channel is { } c ? "-" + c : "")}.csv";
        return Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", name);
    }
}
