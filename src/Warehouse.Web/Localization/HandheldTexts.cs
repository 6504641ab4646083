namespace Warehouse.Web.Localization;

/// <summary>
/// The pick handheld (<c>/handheld</c>). Its script checks scans on the device, so these texts go to
/// the page whole (both languages, <c>hh.*</c>) and the script fills the placeholders; the server's own
/// answers arrive translated (<see cref="MessageTexts"/>).
/// </summary>
internal static class HandheldTexts
{
    public const string Prefix = "hh.";

    public static readonly IReadOnlyDictionary<string, string> Polish = new Dictionary<string, string>
    {
        ["hh.title"] = "Kompletacja",
        ["hh.not_handheld"] = "To stanowisko nie jest terminalem kompletacji.",
        ["hh.sign_in"] = "Zeskanuj swój identyfikator",
        ["hh.take_list"] = "Zeskanuj listę kompletacji albo NASTĘPNA",
        ["hh.scan_empty_tote"] = "Pusta skrzynka na miejsce {0}",
        ["hh.put_in_tote"] = "Włóż do skrzynki {0}",
        ["hh.take"] = "Weź {0} (z {1}) → skrzynka {2}",
        ["hh.lot"] = "Partia {0}",
        ["hh.list_done"] = "Lista skończona — odstaw wózek",
        ["hh.route"] = "Trasa {0} m · S-shape {1} m (−{2}%)",
        ["hh.online"] = "● w sieci",
        ["hh.offline"] = "○ BEZ SIECI",
        ["hh.queued"] = "W kolejce: {0}",
        ["hh.queued_offline"] = "Bez sieci: skan zapisany, pójdzie, gdy sieć wróci",
        ["hh.deciding"] = "Wysłano",
        ["hh.server_said"] = "Serwer zdecydował inaczej — lista wczytana ponownie",
        ["hh.tote_first"] = "Najpierw pusta skrzynka na miejsce {0} ({1})",
        ["hh.tote_bound"] = "Skrzynka {0} na miejscu {1}",
        ["hh.wrong_tote"] = "Zła skrzynka — włóż do {0} (miejsce {1})",
        ["hh.in_tote"] = "W skrzynce {0}",
        ["hh.at_location"] = "Lokalizacja {0}",
        ["hh.wrong_location"] = "Zła lokalizacja — idź do {0}",
        ["hh.wrong_item"] = "Zły towar — weź {0} {1}",
        ["hh.lot_needed"] = "Zeskanuj kod z partią (partia {0})",
        ["hh.serial_needed"] = "Zeskanuj kod z numerem seryjnym",
        ["hh.other_lot"] = "Inna partia {0}: decyduje serwer",
        ["hh.took"] = "{0}: {1} z {2}",
        ["hh.too_long"] = "Skan za długi",
        ["hh.not_stored"] = "Skan NIE został zapisany — zeskanuj ponownie",
        ["hh.no_camera"] = "Kamera niedostępna",
        ["hh.manual"] = "Kod",
        ["hh.ok"] = "OK",
        ["hh.camera"] = "Kamera",
        ["hh.short"] = "Brak",
        ["hh.next"] = "Następna",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["hh.title"] = "Picking",
        ["hh.not_handheld"] = "This station is not a pick handheld.",
        ["hh.sign_in"] = "Scan your badge",
        ["hh.take_list"] = "Scan a pick list or NEXT",
        ["hh.scan_empty_tote"] = "Empty tote for slot {0}",
        ["hh.put_in_tote"] = "Put into tote {0}",
        ["hh.take"] = "Take {0} (of {1}) → tote {2}",
        ["hh.lot"] = "Lot {0}",
        ["hh.list_done"] = "List done — park the cart",
        ["hh.route"] = "Route {0} m · S-shape {1} m (−{2}%)",
        ["hh.online"] = "● online",
        ["hh.offline"] = "○ OFFLINE",
        ["hh.queued"] = "Queued: {0}",
        ["hh.queued_offline"] = "Offline: scan kept, sent when the network is back",
        ["hh.deciding"] = "Sent",
        ["hh.server_said"] = "The server decided otherwise — list reloaded",
        ["hh.tote_first"] = "First an empty tote for slot {0} ({1})",
        ["hh.tote_bound"] = "Tote {0} in slot {1}",
        ["hh.wrong_tote"] = "Wrong tote — put into {0} (slot {1})",
        ["hh.in_tote"] = "In tote {0}",
        ["hh.at_location"] = "Location {0}",
        ["hh.wrong_location"] = "Wrong location — go to {0}",
        ["hh.wrong_item"] = "Wrong item — take {0} {1}",
        ["hh.lot_needed"] = "Scan the code with the lot (lot {0})",
        ["hh.serial_needed"] = "Scan the code with the serial number",
        ["hh.other_lot"] = "Another lot {0}: the server decides",
        ["hh.took"] = "{0}: {1} of {2}",
        ["hh.too_long"] = "Scan too long",
        ["hh.not_stored"] = "Scan NOT stored — scan again",
        ["hh.no_camera"] = "Camera unavailable",
        ["hh.manual"] = "Code",
        ["hh.ok"] = "OK",
        ["hh.camera"] = "Camera",
        ["hh.short"] = "Short",
        ["hh.next"] = "Next",
    };
}
