using System.Runtime.CompilerServices;
using static Warehouse.Core.Shipping.Carriers.Gls.Live.GlsProtocol;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// The consignments in ADE's preparing box, newest first. ADE has no search by reference or by parcel number
/// there (adePickup_ParcelNumberSearch looks at pickup confirmations only), so a lookup lists the ids
/// (GetConsignIDs, 100 a page, each page below the last id of the one before) and reads each consignment
/// (GetConsign) until the caller has what it wants. Every read is retried by the pipeline. A consignment that
/// vanishes between the list and the read, or a box fuller than <see cref="MaxPages"/> pages, makes the walk
/// unsure: <see cref="CarrierUnavailable"/>, never "not there".
/// </summary>
public sealed class GlsPreparingBox(GlsSession session)
{
    public async IAsyncEnumerable<(long Id, GlsConsign Consign)> NewestFirstAsync(string what, [EnumeratorCancellation] CancellationToken ct)
    {
        long start = 0;
        for (var page = 0; page < MaxPages; page++)
        {
            var ids = await session.CallAsync(GlsAdePlus.ReadClientName, ConsignIds, s => GlsEnvelopes.Ids(s, start), a => GlsAnswers.Ids(a, what), what, ct);
            foreach (var id in ids) yield return (id, await ReadAsync(id, what, ct));
            if (ids.Count < IdsPerPage) yield break;
            start = ids[^1];
        }
        throw new CarrierUnavailable($"GLS's preparing box holds more than {MaxPages * IdsPerPage} consignments; {what} is not certain.", CarrierProblemCodes.NotConfirmed);
    }

    private async Task<GlsConsign> ReadAsync(long id, string what, CancellationToken ct)
    {
        try
        {
            return await session.CallAsync(GlsAdePlus.ReadClientName, Consign, s => GlsEnvelopes.Get(s, id), a => GlsAnswers.Consign(a, Consign, what), what, ct);
        }
        catch (CarrierRefused e)
        {
            throw new CarrierUnavailable($"GLS listed consignment {id} in the preparing box but would not show it: {e.Message}", CarrierProblemCodes.NotConfirmed);
        }
    }
}
