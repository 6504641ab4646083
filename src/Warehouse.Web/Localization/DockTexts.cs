namespace Warehouse.Web.Localization;

/// <summary>What a dock (a Dock station) answers at close-out: the codes of <c>DockCodes</c>.</summary>
internal static class DockTexts
{
    public static readonly IReadOnlyDictionary<string, string> Polish = new Dictionary<string, string>
    {
        ["dock.next_carrier"] = "Zeskanuj przewoźnika (CMD:DOCK:INPOST, CMD:DOCK:DPD…)",
        ["dock.next_parcel"] = "{0}: skanuj paczki ({1} na przekazaniu) albo CMD:DOCK:CLOSE",
        ["dock.opened"] = "Otwarto przekazanie {0} ({1} paczek)",
        ["dock.resumed"] = "Wznowiono przekazanie {0} ({1} paczek)",
        ["dock.carrier_unknown"] = "Nie znamy przewoźnika {0}",
        ["dock.carrier_first"] = "Najpierw zeskanuj przewoźnika (CMD:DOCK:…), nie {0}",
        ["dock.added"] = "Paczka {0} na przekazaniu {1} ({2} paczek)",
        ["dock.already_on"] = "Paczka {0} jest już na tym przekazaniu {1}",
        ["dock.parcel_unknown"] = "Nie ma paczki {0}",
        ["dock.other_carrier"] = "Paczka {0} jedzie z {1}, nie z {2} — odłóż ją",
        ["dock.voided"] = "Paczka {0} jest anulowana — nie wydawaj jej",
        ["dock.no_label"] = "Paczka {0} czeka jeszcze na etykietę przewoźnika",
        ["dock.already_manifested"] = "Paczka {0} jest już na zamkniętym manifeście {1}",
        ["dock.closed"] = "Zamknięto manifest {0}: {1} paczek, {2} g",
        ["dock.nothing_to_close"] = "Na przekazaniu {0} nie ma paczek — nie ma czego zamknąć",
        ["dock.not_allowed"] = "Wydawać paczki przewoźnikom mogą pakowacze i kierownicy — poproś ich",
        ["manifest.handover_pdf"] = "Dokument przekazania od przewoźnika (PDF)",
        ["manifest.handover_refused"] = "Przewoźnik odmówił przekazania: {0}",
        ["manifest.none"] = "Nie ma zamkniętego manifestu {0}",
        ["manifest.title"] = "Manifest przekazania — {0}",
        ["manifest.closed_at"] = "Zamknięty {0} na stanowisku {1}",
        ["manifest.carrier_reference"] = "Numer przekazania u przewoźnika: {0}",
        ["manifest.tracking"] = "Numer przesyłki",
        ["manifest.weight"] = "Waga",
        ["manifest.total"] = "Razem paczek: {0}",
        ["manifest.signatures"] = "Wydał: ____________________    Odebrał (kierowca): ____________________",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["dock.next_carrier"] = "Scan a carrier (CMD:DOCK:INPOST, CMD:DOCK:DPD…)",
        ["dock.next_parcel"] = "{0}: scan parcels ({1} on the handover) or CMD:DOCK:CLOSE",
        ["dock.opened"] = "Handover to {0} opened ({1} parcels)",
        ["dock.resumed"] = "Handover to {0} resumed ({1} parcels)",
        ["dock.carrier_unknown"] = "We do not know the carrier {0}",
        ["dock.carrier_first"] = "Scan a carrier first (CMD:DOCK:…), not {0}",
        ["dock.added"] = "Parcel {0} on the {1} handover ({2} parcels)",
        ["dock.already_on"] = "Parcel {0} is already on this {1} handover",
        ["dock.parcel_unknown"] = "No parcel {0}",
        ["dock.other_carrier"] = "Parcel {0} goes with {1}, not {2} — put it aside",
        ["dock.voided"] = "Parcel {0} is voided — do not hand it over",
        ["dock.no_label"] = "Parcel {0} is still waiting for its carrier's label",
        ["dock.already_manifested"] = "Parcel {0} is already on closed manifest {1}",
        ["dock.closed"] = "Manifest {0} closed: {1} parcels, {2} g",
        ["dock.nothing_to_close"] = "No parcels on the {0} handover — nothing to close",
        ["dock.not_allowed"] = "Packers and supervisors hand parcels to carriers — ask one of them",
        ["manifest.handover_pdf"] = "The carrier's handover document (PDF)",
        ["manifest.handover_refused"] = "The carrier refused the handover: {0}",
        ["manifest.none"] = "No closed manifest {0}",
        ["manifest.title"] = "Handover manifest — {0}",
        ["manifest.closed_at"] = "Closed {0} at {1}",
        ["manifest.carrier_reference"] = "Carrier's handover number: {0}",
        ["manifest.tracking"] = "Tracking number",
        ["manifest.weight"] = "Weight",
        ["manifest.total"] = "Parcels in all: {0}",
        ["manifest.signatures"] = "Handed over by: ____________________    Received by (driver): ____________________",
    };
}
