using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;

namespace Warehouse.Web.Printing;

/// <summary>
/// Where a station's packing slips print: on its document printer when it has one (ADR 12: a PDF over IPP,
/// confirmed by the printer), else from the station's browser by kiosk printing (ADR 10). Asked by the slip
/// desk and by the station page with the same rule, so a slip never prints both ways or neither.
/// </summary>
public sealed class StationSlipPrinters(IDbContextFactory<WarehouseDb> dbs, StationDocumentPrinters routes)
{
    public async Task<bool> OnDocumentPrinterAsync(string stationCode, CancellationToken ct = default)
    {
        if (routes.For(stationCode) is not null) return true;
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Stations.AnyAsync(s => s.Code == stationCode && s.Devices.DocumentPrinterUri != null, ct);
    }
}
