namespace Warehouse.Core.Staff;

/// <summary>An integration's key for the HTTP API; only its hash is stored.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
