namespace Warehouse.Web.Auth;

public static class LocalUrl
{
    /// <summary>Only our own pages: a crafted link must not send a signed-in person elsewhere.</summary>
    public static string Only(string? url) =>
        url is { Length: > 0 } && !url.StartsWith("//") && !url.StartsWith("/\\") && !url.Contains("://") ? "/" + url.TrimStart('/') : "/";
}
