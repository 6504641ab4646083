namespace Warehouse.Core.Staff;

public enum StationKind
{
    Packing,
}

/// <summary>A place on the floor (PACK-01) and who is working there now.</summary>
public sealed class Station
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public StationKind Kind { get; set; }

    /// <summary>SHA-256 of the long-lived credential given to the enrolled browser; null until enrolled.</summary>
    public string? CredentialHash { get; set; }
    public DateTime? EnrolledUtc { get; set; }

    /// <summary>SHA-256 of the secret the station agent presents; null while no agent may connect.</summary>
    public string? AgentSecretHash { get; set; }

    public StationDeviceSet Devices { get; set; } = new();

    public int? OperatorId { get; set; }
    public Operator? Operator { get; set; }
    public DateTime? SignedInUtc { get; set; }
    public DateTime? LastActivityUtc { get; set; }

    /// <summary>The packing session open at this station, if any.</summary>
    public int? SessionId { get; set; }

    public string? LastScanCode { get; set; }
    public DateTime? LastScanUtc { get; set; }

    public int Version { get; set; }
}
