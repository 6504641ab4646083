namespace Warehouse.Core.Returns;

/// <summary>Why a return is refused, as message codes the portal translates (pl/en).</summary>
public static class ReturnCodes
{
    public const string NothingChosen = "return.nothing_chosen";
    public const string TooManyLines = "return.too_many_lines";
    public const string UnknownLine = "return.unknown_line";
    /// <summary>{0} the SKU, {1} how many were asked, {2} how many may still come back.</summary>
    public const string TooMany = "return.too_many";
    public const string NotShipped = "return.not_shipped";
    /// <summary>{0} the last day (floor date, yyyy-MM-dd).</summary>
    public const string WithdrawalLate = "return.withdrawal_late";
    /// <summary>{0} the last day (floor date, yyyy-MM-dd).</summary>
    public const string ComplaintLate = "return.complaint_late";
    public const string ComplaintBeforeDelivery = "return.complaint_before_delivery";
    /// <summary>{0} the SKU, {1} the exclusion (<c>Catalog.WithdrawalExclusion</c>).</summary>
    public const string Excluded = "return.excluded";
    /// <summary>{0} the SKU.</summary>
    public const string ReasonRequired = "return.reason_required";
    /// <summary>{0} the SKU.</summary>
    public const string NoteRequired = "return.note_required";
    /// <summary>{0} the SKU, {1} the most characters.</summary>
    public const string NoteTooLong = "return.note_too_long";
    /// <summary>{0} the SKU.</summary>
    public const string NoteInvalid = "return.note_invalid";
    public const string ConfirmWithdrawal = "return.confirm_withdrawal";
    /// <summary>The drop-off method is not one the warehouse offers (<see cref="ReturnRoutes"/>).</summary>
    public const string DropOffNotOffered = "return.drop_off_not_offered";
    /// <summary>The method's carrier takes back only parcels it brought, and it brought none of this order; {0} the carrier's name.</summary>
    public const string DropOffNotForOrder = "return.drop_off_not_for_order";
}
