using Warehouse.Core.Packing;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>The command barcodes a packing station answers: printed on the sheet, and shown on the station screen.</summary>
public static class StationCommandBarcodes
{
    public static readonly (string Value, string Pl, string En)[] All =
    [
        (CommandCodes.Complete, "Zakończ paczkę", "Complete parcel"),
        (CommandCodes.Undo, "Cofnij ostatni skan", "Undo last scan"),
        (CommandCodes.ShortMissing, "Brak towaru — brakuje", "Short pack — item missing"),
        (CommandCodes.ShortDamaged, "Brak towaru — uszkodzony", "Short pack — item damaged"),
        (CommandCodes.AcceptWeightPackaging, "Akceptuj wagę — opakowanie", "Accept weight — packaging"),
        (CommandCodes.AcceptWeightCatalog, "Akceptuj wagę — błąd katalogu", "Accept weight — catalog weight wrong"),
        (CommandCodes.Reprint, "Drukuj etykietę ponownie", "Reprint label"),
        (CommandCodes.Cancel, "Zamknij zamówienie", "Close order (put items back)"),
        (CommonCommands.Zero, "Zeruj wagę", "Zero the scale"),
        (CommonCommands.Tare, "Taruj wagę", "Tare the scale"),
        (CommandCodes.SignOut, "Wyloguj", "Sign out"),
    ];
}
