namespace Warehouse.Web.Localization;

/// <summary>Voiding and relabelling a parcel at the packing station: Core's <c>VoidCodes</c> and the sheet's carrier commands.</summary>
internal static class VoidTexts
{
    public static readonly IReadOnlyDictionary<string, string> Polish = new Dictionary<string, string>
    {
        ["void.asked"] = "Unieważnienie etykiety: potrzebny identyfikator kierownika (CMD:CANCEL przerywa)",
        ["void.already_asked"] = "Unieważnienie etykiety już trwa (CMD:CANCEL przerywa)",
        ["void.order_open"] = "Najpierw skończ albo zamknij zamówienie {0} — potem CMD:VOID",
        ["void.approved"] = "{0} zgadza się na unieważnienie — zeskanuj etykietę paczki",
        ["void.carrier_chosen"] = "Nowa etykieta będzie od przewoźnika {0}",
        ["void.carrier_unknown"] = "Nie wysyłamy przewoźnikiem „{0}”",
        ["void.carrier_without_void"] = "Przewoźnika wybiera się przy unieważnianiu — najpierw CMD:VOID",
        ["void.cancelled"] = "Unieważnienie przerwane — nic nie zmieniono",
        ["void.pending"] = "Trwa unieważnianie etykiety — zeskanuj etykietę paczki albo CMD:CANCEL",
        ["void.parcel_unknown"] = "„{0}” nie jest etykietą żadnej naszej paczki",
        ["void.already_voided"] = "Paczka {0} jest już unieważniona",
        ["void.too_late"] = "Paczki {0} nie można już unieważnić tutaj: {1:tracking.step}",
        ["void.packing_elsewhere"] = "Zamówienie {0} jest właśnie pakowane na stanowisku {1} — unieważnij tam",
        ["void.order_cancelled"] = "Zamówienie {0} jest anulowane — odłóż paczkę, nie naklejaj nowej etykiety",
        ["void.replaced"] = "Paczka {0} zostanie unieważniona — nowa etykieta ({1}) wydrukuje się tutaj",
        ["next.void_supervisor"] = "Unieważnienie etykiety: zeskanuj identyfikator kierownika",
        ["next.void_label"] = "Zeskanuj etykietę paczki do unieważnienia (inny przewoźnik: CMD:CARRIER:…)",
        ["next.void_label_carrier"] = "Zeskanuj etykietę paczki do unieważnienia — nowa będzie od {0}",
        ["command.void"] = "Unieważnij etykietę i wydrukuj nową (kierownik)",
        ["command.carrier"] = "Nowa etykieta od: {0}",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["void.asked"] = "Voiding a label: a supervisor's badge, please (CMD:CANCEL stops)",
        ["void.already_asked"] = "A label is being voided already (CMD:CANCEL stops)",
        ["void.order_open"] = "Finish or close order {0} first — then CMD:VOID",
        ["void.approved"] = "{0} allows the void — scan the parcel's label",
        ["void.carrier_chosen"] = "The new label will be for {0}",
        ["void.carrier_unknown"] = "We do not ship with \"{0}\"",
        ["void.carrier_without_void"] = "A carrier is chosen while voiding — CMD:VOID first",
        ["void.cancelled"] = "Void stopped — nothing changed",
        ["void.pending"] = "A label is being voided — scan the parcel's label or CMD:CANCEL",
        ["void.parcel_unknown"] = "\"{0}\" is not the label of any parcel of ours",
        ["void.already_voided"] = "Parcel {0} is voided already",
        ["void.too_late"] = "Parcel {0} cannot be voided here any more: {1:tracking.step}",
        ["void.packing_elsewhere"] = "Order {0} is being packed at {1} right now — void it there",
        ["void.order_cancelled"] = "Order {0} is cancelled — put the parcel aside, no new label",
        ["void.replaced"] = "Parcel {0} will be voided — the new label ({1}) prints here",
        ["next.void_supervisor"] = "Voiding a label: scan a supervisor's badge",
        ["next.void_label"] = "Scan the label of the parcel to void (another carrier: CMD:CARRIER:…)",
        ["next.void_label_carrier"] = "Scan the label of the parcel to void — the new one will be for {0}",
        ["command.void"] = "Void the label and print a new one (supervisor)",
        ["command.carrier"] = "New label for: {0}",
    };
}
