namespace Warehouse.Core.Picking.Handheld;

/// <summary>Message codes the pick handheld shows; their texts live with the web edge's translations.</summary>
public static class PickCodes
{
    // What to scan next.
    public const string NextList = "pick.next_list";
    public const string NextTote = "pick.next_tote";
    public const string NextPut = "pick.next_put";
    public const string NextLocation = "pick.next_location";
    public const string NextItem = "pick.next_item";
    public const string NextItemLot = "pick.next_item_lot";
    public const string NextItemSerial = "pick.next_item_serial";

    // Taking a list.
    public const string ListStarted = "pick.list_started";
    public const string ListResumed = "pick.list_resumed";
    public const string ListUnknown = "pick.list_unknown";
    public const string ListTaken = "pick.list_taken";
    public const string ListAlreadyDone = "pick.list_already_done";
    public const string ListOpen = "pick.list_open";
    public const string NoListWaiting = "pick.no_list_waiting";
    public const string ListFirst = "pick.list_first";
    public const string ListFinished = "pick.list_finished";

    // Totes.
    public const string ToteBound = "pick.tote_bound";
    public const string ToteUnknown = "pick.tote_unknown";
    public const string ToteInUse = "pick.tote_in_use";
    public const string ToteOnList = "pick.tote_on_list";
    public const string ToteExpected = "pick.tote_expected";
    public const string ToteConfirmed = "pick.tote_confirmed";
    public const string WrongTote = "pick.wrong_tote";

    // Locations and items.
    public const string AtLocation = "pick.at_location";
    public const string WrongLocation = "pick.wrong_location";
    public const string LocationFirst = "pick.location_first";
    public const string ItemPicked = "pick.item_picked";
    public const string WrongItem = "pick.wrong_item";
    public const string Gs1NoItem = "pick.gs1_no_item";
    public const string Gs1Invalid = "scan.gs1_invalid";
    public const string BadCheckDigit = "scan.bad_check_digit";
    public const string LotRequired = "pick.lot_required";
    public const string LotSwapped = "pick.lot_swapped";
    public const string LotNotHere = "pick.lot_not_here";
    public const string LotBreaksFefo = "pick.lot_breaks_fefo";
    public const string SerialRequired = "pick.serial_required";
    public const string SerialUnknown = "pick.serial_unknown";
    public const string SerialPicked = "pick.serial_picked";

    // Shorts.
    public const string ShortReallocated = "pick.short_reallocated";
    public const string ShortHeld = "pick.short_held";
}
