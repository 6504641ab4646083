namespace Warehouse.Web.Auth;

/// <summary>
/// Who is calling: a person signed in to the web pages, a browser enrolled as a station,
/// or an integration with an API key. "floor" merges the first two, so a station page
/// knows both the place and (for admins) the person.
/// </summary>
public static class FloorSchemes
{
    public const string Floor = "floor";
    public const string Person = "person";
    public const string Station = "station";
    public const string ApiKey = "apikey";

    public const string StationClaim = "station";
    public const string StationTokenClaim = "station_token";
    public const string OperatorIdClaim = "operator_id";
}

public static class FloorPolicies
{
    public const string Station = "station";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";
    public const string Integration = "integration";
    public const string HubClient = "hub";

    /// <summary>Anyone who has signed in: a person, a station, or an integration with its key.</summary>
    public const string SignedIn = "signed-in";
}
