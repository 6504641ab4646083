using Warehouse.Core.Packing;
using Warehouse.Core.Shipping;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>The command barcodes a packing station answers, with the code of their words: printed on the sheet, and shown on the station screen.</summary>
public static class StationCommandBarcodes
{
    public static readonly (string Value, string Text)[] All =
    [
        (CommandCodes.Complete, "command.complete"),
        (CommandCodes.Undo, "command.undo"),
        (CommandCodes.ShortMissing, "command.short_missing"),
        (CommandCodes.ShortDamaged, "command.short_damaged"),
        (CommandCodes.AcceptWeightPackaging, "command.accept_weight_packaging"),
        (CommandCodes.AcceptWeightCatalog, "command.accept_weight_catalog"),
        (CommandCodes.Reprint, "command.reprint"),
        (CommandCodes.Cancel, "command.cancel"),
        (CommandCodes.NextParcel, "command.parcel_next"),
        (CommandCodes.Parcels1, "command.parcels_1"),
        (CommandCodes.Parcels2, "command.parcels_2"),
        (CommandCodes.Parcels3, "command.parcels_3"),
        (CommandCodes.Parcels4, "command.parcels_4"),
        (CommandCodes.Void, "command.void"),
        (CommonCommands.Zero, "command.zero"),
        (CommonCommands.Tare, "command.tare"),
        (CommandCodes.SignOut, "command.sign_out"),
    ];

    /// <summary>
    /// <see cref="All"/> with one "new label for …" barcode per carrier this app ships with, after
    /// <c>CMD:VOID</c>; <c>Arg</c> is the carrier's name for the text, null for the others.
    /// </summary>
    public static IReadOnlyList<(string Value, string Text, string? Arg)> With(CarrierDirectory carriers)
    {
        var carrierCommands = carriers.All.Select(c => (CommandCodes.Carrier(c.Code), "command.carrier", (string?)c.Name));
        return [.. All.SelectMany(c => c.Value == CommandCodes.Void
            ? carrierCommands.Prepend((c.Value, c.Text, null))
            : [(c.Value, c.Text, (string?)null)])];
    }
}
