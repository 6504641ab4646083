namespace Warehouse.Web.Localization;

/// <summary>The device checks a picker or an admin runs on a handheld: the camera page.</summary>
internal static class DeviceCheckTexts
{
    public static readonly IReadOnlyDictionary<string, string> Polish = new Dictionary<string, string>
    {
        ["home.camera"] = "Sprawdź kamerę",
        ["camera.title"] = "Kamera urządzenia",
        ["camera.intro"] = "Pokaż kamerze kod kreskowy: odczytany kod pojawi się poniżej.",
        ["camera.last_code"] = "Ostatni odczytany kod",
        ["camera.insecure"] = "Przeglądarka daje kamerę tylko stronom HTTPS: otwórz aplikację pod adresem https://.",
        ["camera.unsupported"] = "Ta przeglądarka nie obsługuje kamery.",
        ["camera.refused"] = "Odmówiono dostępu do kamery: zezwól na nią w ustawieniach przeglądarki i odśwież stronę.",
        ["camera.absent"] = "To urządzenie nie ma kamery.",
        ["camera.busy"] = "Kamera jest zajęta przez inną aplikację.",
        ["camera.failed"] = "Nie udało się uruchomić kamery.",
        ["camera.photo"] = "Zrób zdjęcie testowe",
        ["camera.photo_stored"] = "Zdjęcie zapisane ({0}).",
        ["camera.photo_failed"] = "Zdjęcie nie zostało zapisane:",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["home.camera"] = "Check the camera",
        ["camera.title"] = "Device camera",
        ["camera.intro"] = "Show the camera a barcode: the code it reads appears below.",
        ["camera.last_code"] = "Last code read",
        ["camera.insecure"] = "Browsers give the camera to HTTPS pages only: open the app at its https:// address.",
        ["camera.unsupported"] = "This browser has no camera support.",
        ["camera.refused"] = "The camera was refused: allow it in the browser's settings and reload the page.",
        ["camera.absent"] = "This device has no camera.",
        ["camera.busy"] = "Another app is using the camera.",
        ["camera.failed"] = "The camera did not start.",
        ["camera.photo"] = "Take a test photo",
        ["camera.photo_stored"] = "Photo stored ({0}).",
        ["camera.photo_failed"] = "The photo was not stored:",
    };
}
