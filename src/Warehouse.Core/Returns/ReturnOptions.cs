namespace Warehouse.Core.Returns;

/// <summary>The "Returns" section (checked at start by <see cref="ReturnOptionsCheck"/>).</summary>
public sealed class ReturnOptions
{
    /// <summary>Days from receipt of the order's last parcel to declare a withdrawal: the law's 14, or more if the shop is generous.</summary>
    public int WithdrawalDays { get; set; } = 14;

    /// <summary>Months from receipt to make a complaint: the law's two years, or more.</summary>
    public int ComplaintMonths { get; set; } = 24;

    /// <summary>Signs the portal links (<see cref="ReturnLinks"/>); 32 characters or more. Without it, signed links are off.</summary>
    public string? LinkSecret { get; set; }

    /// <summary>How long a signed link opens the portal: past the complaint period it has nothing to offer.</summary>
    public int LinkDays { get; set; } = 800;
}
