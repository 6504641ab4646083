using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Data;
using Warehouse.Core.Shipping;

namespace Warehouse.Core.Returns;

/// <summary>
/// A declared return still without its label, as staff see it. <paramref name="LabelAskedUtc"/> set: asked of a
/// carrier that cannot find it and no answer heard — look for <paramref name="Reference"/> in the carrier's panel;
/// null when the carrier never got it (<see cref="ICarrier.ReturnsCarryOurReference"/>), and the problem says where to look.
/// <paramref name="LabelProblem"/>: the last answer in the carrier's or our plain words (often English), a detail.
/// </summary>
public sealed record UnlabelledReturn(
    string Number, string OrderNumber, string CarrierCode, string CarrierName, string? Reference, DateTime DeclaredUtc,
    DateTime? LabelAskedUtc, string? LabelProblem);

/// <summary>The returns with no label yet, those asked without an answer first, then the oldest.</summary>
public sealed class UnlabelledReturns(IDbContextFactory<WarehouseDb> dbs, CarrierDirectory carriers)
{
    public const int MaxShown = 200;

    public async Task<IReadOnlyList<UnlabelledReturn>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var rows = await db.Returns.AsNoTracking()
            .Where(r => r.Status == ReturnStatus.Declared && r.TrackingNumber == null)
            .OrderBy(r => r.LabelAskedUtc == null).ThenBy(r => r.DeclaredUtc).ThenBy(r => r.Id).Take(MaxShown)
            .Select(r => new { r.Number, r.OrderNumber, r.CarrierCode, r.ShipmentReference, r.DeclaredUtc, r.LabelAskedUtc, r.LabelProblem })
            .ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var known = carriers.TryFind(r.CarrierCode, out var carrier);
            // A reference the carrier never got would send a person looking for what its panel cannot show.
            var reference = known && !carrier.ReturnsCarryOurReference ? null : r.ShipmentReference;
            return new UnlabelledReturn(r.Number, r.OrderNumber, r.CarrierCode, known ? carrier.Name : r.CarrierCode,
                reference, r.DeclaredUtc, r.LabelAskedUtc, r.LabelProblem);
        })];
    }
}
