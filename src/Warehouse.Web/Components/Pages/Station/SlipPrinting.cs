using Microsoft.JSInterop;
using Warehouse.Core.Packing;
using Warehouse.Core.Stations;
using Warehouse.Web.Printing;

namespace Warehouse.Web.Components.Pages.Station;

/// <summary>
/// Prints the order's packing slip on the station's laser printer when its parcel completes, without a
/// click: js/print.js loads <c>/slips/{order}</c> in a hidden frame and calls its <c>print()</c>, which
/// Chromium started with <c>--kiosk-printing</c> sends to the default printer (ADR 10). One slip per
/// order on this screen, however many times its completion is heard. A station with a document printer
/// leaves it to the slip desk, which sends it there as a PDF (ADR 12).
/// </summary>
internal sealed class SlipPrinting(IJSRuntime js, StationSlipPrinters printers, string stationCode)
{
    private readonly HashSet<string> _printed = new(StringComparer.Ordinal);

    public async Task ParcelDoneAsync(ScanResult result)
    {
        if (result.Outcome != ScanOutcome.ParcelDone || result.Message.Code != Codes.ParcelDone) return;
        if (result.Message.Args is not [var orderNumber, ..] || !_printed.Add(orderNumber)) return;
        if (await printers.OnDocumentPrinterAsync(stationCode)) return;
        await js.InvokeVoidAsync("warehouseSlip.print", "/slips/" + Uri.EscapeDataString(orderNumber));
    }
}
