namespace Warehouse.Core.Receiving;

/// <summary>Message codes the goods-in desk shows; their texts live with the web edge's translations.</summary>
public static class ReceivingCodes
{
    // What to scan next.
    public const string NextDelivery = "receive.next_delivery";
    public const string NextItem = "receive.next_item";
    public const string NextLocation = "receive.next_location";

    // The delivery.
    public const string Opened = "receive.opened";
    public const string Resumed = "receive.resumed";
    public const string DeliveryUnknown = "receive.delivery_unknown";
    public const string DeliveryClosed = "receive.delivery_closed";
    public const string DeliveryFirst = "receive.delivery_first";
    public const string BlindArmed = "receive.blind_armed";
    public const string BlindOpened = "receive.blind_opened";
    public const string Closed = "receive.closed";
    public const string UnitsInHand = "receive.units_in_hand";
    public const string NotReceiver = "receive.not_receiver";

    // Items.
    public const string Counted = "receive.counted";
    public const string NotOnDelivery = "receive.not_on_delivery";
    public const string OverExpected = "receive.over_expected";
    public const string OverArmed = "receive.over_armed";
    public const string LotRequired = "receive.lot_required";
    public const string ExpiryRequired = "receive.expiry_required";
    public const string LotNotOnDelivery = "receive.lot_not_on_delivery";
    public const string ExpiryDiffers = "receive.expiry_differs";
    public const string SerialRequired = "receive.serial_required";
    public const string SerialKnown = "receive.serial_known";

    // Locations.
    public const string Stored = "receive.stored";
    public const string LocationUnknown = "receive.location_unknown";
    public const string ItemsFirst = "receive.items_first";

    // Put-back.
    public const string PutBackNextTote = "putback.next_tote";
    public const string PutBackNextItem = "putback.next_item";
    public const string PutBackNextLocation = "putback.next_location";
    public const string PutBackList = "putback.list";
    public const string PutBackNone = "putback.none";
    public const string PutBackTote = "putback.tote";
    public const string PutBackToteFirst = "putback.tote_first";
    public const string PutBackToteEmpty = "putback.tote_nothing";
    public const string PutBackToteElsewhere = "putback.tote_elsewhere";
    public const string PutBackTaken = "putback.taken";
    public const string PutBackWrongItem = "putback.wrong_item";
    public const string PutBackOtherLocation = "putback.other_location";
    public const string PutBackWrongLocation = "putback.wrong_location";
    public const string PutBackStored = "putback.stored";
    public const string PutBackToteDone = "putback.tote_done";
    public const string PutBackEnded = "putback.ended";
}
