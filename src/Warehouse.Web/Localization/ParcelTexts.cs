namespace Warehouse.Web.Localization;

/// <summary>
/// Multi-parcel packing and the carrier's problems as the packer reads them: the <c>parcel*</c> codes of
/// Core's packing <c>Codes</c> and the <c>CarrierProblemCodes</c> (the carrier's own words go below them).
/// </summary>
internal static class ParcelTexts
{
    public static readonly IReadOnlyDictionary<string, string> Polish = new Dictionary<string, string>
    {
        ["parcel.box_closed"] = "Paczka {0} z {1} ({2}) zamknięta — etykieta w drodze; pakuj następny karton",
        ["parcel.box_empty"] = "Karton {0} jest pusty — najpierw zeskanuj do niego towar",
        ["parcel.nothing_left"] = "Wszystko jest już w kartonie {0} — to ostatnia paczka: zeskanuj CMD:PARCELS:{0} i połóż ją na wadze",
        ["parcels.count_set"] = "Paczek: {0} (etykiet do wymiany: {1})",
        ["parcels.count_same"] = "Liczba paczek to już {0}",
        ["parcels.count_bad"] = "Liczba paczek „{0}” jest nieprawidłowa — od 1 do {1}",
        ["parcels.count_too_small"] = "Nie może być paczek: {0} — pakujesz już karton {1}",
        ["parcels.declared_more"] = "Zadeklarowano paczek: {0}, a wszystko jest w {1} — zeskanuj CMD:PARCELS:{1}",
        ["parcels.finished"] = "Spakowano {0}, paczek: {1} (etykiet do wymiany: {2})",
        ["next.scan_item_box"] = "Skanuj towar do kartonu {0} z {1} (pełny karton: CMD:PARCEL:NEXT)",
        ["next.fewer_parcels"] = "Wszystko spakowane, a zadeklarowano paczek: {0} — zeskanuj CMD:PARCELS:{1}",
        ["station.box"] = "Karton {0} z {1}",
        ["station.box_suggested"] = "Sugerowana liczba paczek: {0} (CMD:PARCELS:{0})",
        ["command.parcel_next"] = "Pełny karton — następna paczka",
        ["command.parcels_1"] = "1 paczka",
        ["command.parcels_2"] = "2 paczki",
        ["command.parcels_3"] = "3 paczki",
        ["command.parcels_4"] = "4 paczki",
        ["carrier.unavailable"] = "przewoźnik chwilowo niedostępny",
        ["carrier.unreachable"] = "brak połączenia z przewoźnikiem",
        ["carrier.timeout"] = "przewoźnik nie odpowiedział na czas",
        ["carrier.garbage"] = "przewoźnik odpowiedział czymś nieczytelnym",
        ["carrier.server_error"] = "błąd serwera przewoźnika",
        ["carrier.credentials"] = "przewoźnik odrzucił nasz klucz API — wezwij kierownika",
        ["carrier.not_confirmed"] = "przewoźnik jeszcze nie potwierdził przesyłki",
        ["carrier.refused"] = "przewoźnik odrzucił dane paczki",
        ["carrier.not_configured"] = "przewoźnik nie jest skonfigurowany",
        ["label.carrier_detail"] = "Przewoźnik napisał: {0}",
        ["label.printer_detail"] = "Drukarka: {0}",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["parcel.box_closed"] = "Parcel {0} of {1} ({2}) closed — label on its way; pack the next box",
        ["parcel.box_empty"] = "Box {0} is empty — scan items into it first",
        ["parcel.nothing_left"] = "Everything is in box {0} already — it is the last parcel: scan CMD:PARCELS:{0} and put it on the scale",
        ["parcels.count_set"] = "Parcels: {0} (labels to replace: {1})",
        ["parcels.count_same"] = "There are {0} parcels already",
        ["parcels.count_bad"] = "Parcel count \"{0}\" is not valid — from 1 to {1}",
        ["parcels.count_too_small"] = "There cannot be {0} parcels: you are packing box {1} already",
        ["parcels.declared_more"] = "{0} parcels were declared, but everything is in {1} — scan CMD:PARCELS:{1}",
        ["parcels.finished"] = "Packed {0} in {1} parcels (labels to replace: {2})",
        ["next.scan_item_box"] = "Scan items into box {0} of {1} (box full: CMD:PARCEL:NEXT)",
        ["next.fewer_parcels"] = "Everything is packed, but {0} parcels were declared — scan CMD:PARCELS:{1}",
        ["station.box"] = "Box {0} of {1}",
        ["station.box_suggested"] = "Suggested parcel count: {0} (CMD:PARCELS:{0})",
        ["command.parcel_next"] = "Box full — next parcel",
        ["command.parcels_1"] = "1 parcel",
        ["command.parcels_2"] = "2 parcels",
        ["command.parcels_3"] = "3 parcels",
        ["command.parcels_4"] = "4 parcels",
        ["carrier.unavailable"] = "the carrier is unavailable for now",
        ["carrier.unreachable"] = "no connection to the carrier",
        ["carrier.timeout"] = "the carrier did not answer in time",
        ["carrier.garbage"] = "the carrier answered something unreadable",
        ["carrier.server_error"] = "the carrier's server failed",
        ["carrier.credentials"] = "the carrier refused our API key — call a supervisor",
        ["carrier.not_confirmed"] = "the carrier has not confirmed the shipment yet",
        ["carrier.refused"] = "the carrier refused the parcel's data",
        ["carrier.not_configured"] = "the carrier is not configured",
        ["label.carrier_detail"] = "The carrier said: {0}",
        ["label.printer_detail"] = "Printer: {0}",
    };
}
