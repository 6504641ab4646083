namespace Warehouse.Core.Staff;

public enum Role
{
    Packer,
    Picker,
    QualityClerk,
    ReturnsClerk,
    Supervisor,
    Admin,

    /// <summary>Goods in: receives deliveries into stock and walks put-back tasks at a goods-in desk.</summary>
    Receiver,
}

public static class RoleRules
{
    /// <summary>Who may approve what a packer cannot decide alone (short packs, weight overrides, releasing claims).</summary>
    public static bool CanApprove(this Role role) => role is Role.Supervisor or Role.Admin;

    /// <summary>Who may book stock in at a goods-in desk: a receipt puts units on the books, so it is a named job.</summary>
    public static bool CanReceive(this Role role) => role is Role.Receiver or Role.Supervisor or Role.Admin;
}
