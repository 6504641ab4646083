using Warehouse.Core.Staff;

namespace Warehouse.Core.Shipping.Dock;

/// <summary>
/// Who may work a dock — open a carrier's handover, scan parcels onto it and close it into a manifest:
/// packers (on a small floor the packer walks the day's parcels to the van), supervisors and admins.
/// Not pickers, QC, goods-in or returns clerks: a manifest freezes parcels and tells the carrier, so it
/// is the job of people who know what left the packing tables. No new role: one more would be one more
/// badge to hand out for a task packers already do.
/// </summary>
public static class DockRoles
{
    public static bool MayCloseOut(this Role role) => role is Role.Packer or Role.Supervisor or Role.Admin;
}
