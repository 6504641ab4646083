using Warehouse.Core.Staff;

namespace Warehouse.Core.Stations;

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

    /// <summary>
    /// The work open at this station, if any: what it refers to belongs to the handler of the
    /// station's kind (a packing session at a packing station; a pick list, a return… at others).
    /// </summary>
    public int? TaskId { get; set; }

    public string? LastScanCode { get; set; }
    public DateTime? LastScanUtc { get; set; }

    public int Version { get; set; }
}
