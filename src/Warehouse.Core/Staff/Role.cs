namespace Warehouse.Core.Staff;

public enum Role
{
    Packer,
    Picker,
    QualityClerk,
    ReturnsClerk,
    Supervisor,
    Admin,
}

public static class RoleRules
{
    /// <summary>Who may approve what a packer cannot decide alone (short packs, weight overrides, releasing claims).</summary>
    public static bool CanApprove(this Role role) => role is Role.Supervisor or Role.Admin;
}
