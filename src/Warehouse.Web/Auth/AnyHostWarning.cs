namespace Warehouse.Web.Auth;

/// <summary>
/// A production app that answers to any host name (AllowedHosts "*", as appsettings.json ships for
/// the demo and a first try) says so at start: the setting is easy to forget, and nothing else shows it.
/// </summary>
public static class AnyHostWarning
{
    public static WebApplication WarnWhenAnyHostIsAllowed(this WebApplication app)
    {
        if (!app.Environment.IsProduction() || app.Configuration.GetValue<bool>("Demo:Enabled")) return app;
        var hosts = (app.Configuration["AllowedHosts"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            app.Logger.LogWarning(
                "AllowedHosts is '{AllowedHosts}': the app answers to any host name. Set AllowedHosts (WAREHOUSE_HOSTS in docker-compose.yml) "
                + "to the names browsers and station agents use, ';'-separated (docs/operations.md).", string.Join(';', hosts));
        }
        return app;
    }
}
