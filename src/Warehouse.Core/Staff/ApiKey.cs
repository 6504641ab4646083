namespace Warehouse.Core.Staff;

/// <summary>An integration's key for the HTTP API; only its hash is stored.</summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 100;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }

    /// <summary>What the key may do, space-separated (<see cref="ApiScopes"/>); keys from before scopes hold them all.</summary>
    public string Scopes { get; set; } = ApiScopes.AllText;

    /// <summary>The stations a <c>stations:drive</c> key may drive, space-separated; null for every station.</summary>
    public string? Stations { get; set; }

    /// <summary>When the key was last seen, to the API key cache's precision (it is written when the cache asks again).</summary>
    public DateTime? LastUsedUtc { get; set; }

    public bool IsRevoked => RevokedUtc is not null;
}
