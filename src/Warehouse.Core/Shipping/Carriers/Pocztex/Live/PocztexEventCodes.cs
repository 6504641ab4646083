using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// Poczta Polska's event codes (<c>kod</c> of a zdarzenie, "P_…") and what each means for our parcel. Poczta Polska
/// publishes no list of them that we could read; these are the codes clients of its tracking read, with the meaning
/// they give them: P_NAD, P_ZWC, P_ZWOLDDOR, P_WPUCPP, P_WZL, P_WD, P_WDML, P_A, P_KWD, P_OWU, P_D in the
/// parcel-tracker app by itsvic (dev.itsvic.parceltracker PolishPostDeliveryService, from emonitoring); P_PPDN,
/// P_PZL, P_WEOC, P_WYOC, P_WEPL, P_WYPL, P_NDD, P_ND, P_NDZ in a Home Assistant integration's status map and its
/// tests; P_ZWR (zwrot) from our own brief. Codes not here — P_REJ_KN1 (data received), the "problem" codes whose
/// meaning no client states (P_NDZK, P_NDPD, P_R, P_ZDUN…), and any Poczta Polska adds — move nothing and are logged.
/// </summary>
public static class PocztexEventCodes
{
    public static readonly IReadOnlyDictionary<string, ParcelStatus> Moves = Table(
        // Posted (nadanie), taken in, sent and received between offices and sorting centres (ośrodki, placówki),
        // customs on the way in from abroad: in Poczta Polska's hands.
        (ParcelStatus.InTransit, ["P_NAD", "P_PPDN", "P_PZL", "P_WZL", "P_WEOC", "P_WYOC", "P_WEPL", "P_WYPL", "P_WPUCPP", "P_ZWC", "P_ZWOLDDOR"]),
        // Given out for delivery (wydanie do doręczenia) to the postman or courier; and waiting for the recipient at
        // the post office or pickup point (P_KWD) — the last leg, and for PUNKT parcels no failed attempt at all.
        (ParcelStatus.OutForDelivery, ["P_WD", "P_WDML", "P_NDD", "P_KWD"]),
        // Not delivered this time: a notice left (awizo) or the delivery failed (niedoręczenie).
        (ParcelStatus.FailedAttempt, ["P_A", "P_ND"]),
        // Delivered (doręczenie), or collected at the post office (odebrano w urzędzie).
        (ParcelStatus.Delivered, ["P_D", "P_OWU"]),
        // On its way back to us (zwrot; not delivered, returned).
        (ParcelStatus.Returned, ["P_ZWR", "P_NDZ"]));

    private static Dictionary<string, ParcelStatus> Table(params (ParcelStatus Status, string[] Codes)[] rows) =>
        rows.SelectMany(r => r.Codes.Select(c => (Code: c, r.Status))).ToDictionary(x => x.Code, x => x.Status, StringComparer.Ordinal);
}
