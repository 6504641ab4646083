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

    /// <summary>
    /// The supervisor whose badge was scanned for the approval the station waits for, until their PIN is
    /// typed on this station's screen (or the wait ends); null while no approval is under way.
    /// </summary>
    public int? ApproverId { get; set; }
    public Operator? Approver { get; set; }
    public DateTime? ApproverAskedUtc { get; set; }

    /// <summary>
    /// A parcel being voided and relabelled at this station (<c>CMD:VOID</c>), kept here rather than on a
    /// packing session because the order is usually packed and gone: when it was asked, the supervisor who
    /// allowed it (null while the station waits for one) and the carrier the new label is for (null: the
    /// parcel's own). Ends when the parcel is replaced, on <c>CMD:CANCEL</c> or when the packer signs out.
    /// </summary>
    public DateTime? VoidAskedUtc { get; private set; }
    public int? VoidApprovedById { get; private set; }
    public string? VoidCarrierCode { get; private set; }

    public bool VoidUnderway => VoidAskedUtc is not null;

    public void AskVoid(DateTime now) => (VoidAskedUtc, VoidApprovedById, VoidCarrierCode) = (now, null, null);

    public void ApproveVoid(int supervisorId) => VoidApprovedById = supervisorId;

    public void VoidWithCarrier(string carrierCode) => VoidCarrierCode = carrierCode;

    public void EndVoid() => (VoidAskedUtc, VoidApprovedById, VoidCarrierCode) = (null, null, null);

    public string? LastScanCode { get; set; }
    public DateTime? LastScanUtc { get; set; }

    public int Version { get; set; }
}
