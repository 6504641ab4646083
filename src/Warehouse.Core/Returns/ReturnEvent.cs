namespace Warehouse.Core.Returns;

/// <summary>One step of a return's way, for its timeline.</summary>
public sealed class ReturnEvent
{
    public long Id { get; set; }
    public int ReturnId { get; set; }
    public ReturnStatus Status { get; set; }
    public DateTime AtUtc { get; set; }
}
