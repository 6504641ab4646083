using Warehouse.Core.Orders;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// DPD Polska's event codes (<c>businessCode</c>, six digits) and what each means for our parcel. The
/// codes and their meanings are DPD's event list as webit/dpd-client names them
/// (src/DPDInfoServices/CustomerEvents/BusinessCodes.php, its "delivered" set included); 230408 (a return to
/// the sender) is from clients that read DPD's own event table (openlinker dpd-tracking.mapper.ts, OpenOMS'
/// DPD plan). Only codes that move a parcel are here; the rest — data registered (030103), sorting errors,
/// repackaging, a weight changed, and any code DPD adds later — move nothing.
/// </summary>
public static class DpdEventCodes
{
    public static readonly IReadOnlyDictionary<string, ParcelStatus> Moves = Table(
        // In DPD's hands: collected by the courier, received at a hub or depot, stored there. A parcel
        // readdressed on the recipient's instructions (230402) travels on, under a new waybill.
        (ParcelStatus.InTransit, ["040101", "040102", "050101", "050102", "120100", "120101", "120102", "120103", "120104",
            "160101", "160103", "160501", "160502", "160503", "220101", "230101", "230402", "320201", "330135", "330137"]),
        // "Parcel dispatched to be delivered": on the courier's van today.
        (ParcelStatus.OutForDelivery, ["170101", "170102"]),
        // Not delivered this time — recipient away, wrong address, refused, no COD payment, no access, another
        // day agreed, to be collected at the depot (2002xx–2008xx at home, 5000xx/5004xx/5008xx abroad). A
        // refusal usually ends in a return, which DPD reports as its own event.
        (ParcelStatus.FailedAttempt, ["200201", "200202", "200203", "200204", "200205", "200206", "200300", "200306",
            "200400", "200401", "200402", "200403", "200404", "200405", "200406", "200408", "200409", "200410", "200411",
            "200412", "200413", "200414", "200415", "200416", "200500", "200601", "200602", "200700", "200701", "200801",
            "500011", "500015", "500019", "500037", "500042", "500046", "500085", "500411", "500414", "500415", "500419",
            "500437", "500442", "500446", "500485", "500811", "500885"]),
        (ParcelStatus.Delivered, ["190101", "190102", "190103", "190104", "190105", "190201", "190202", "190203", "190204",
            "190205", "410135", "501300", "501304", "501340"]),
        // On its way back to us.
        (ParcelStatus.Returned, ["230403", "230408", "500610", "500611", "500612", "500614", "500615", "500616", "500617",
            "500624", "500629", "500630", "500633", "500635", "500637", "500639", "500642", "500649", "500661", "500684", "500685"]));

    private static Dictionary<string, ParcelStatus> Table(params (ParcelStatus Status, string[] Codes)[] rows) =>
        rows.SelectMany(r => r.Codes.Select(c => (Code: c, r.Status))).ToDictionary(x => x.Code, x => x.Status, StringComparer.Ordinal);
}
