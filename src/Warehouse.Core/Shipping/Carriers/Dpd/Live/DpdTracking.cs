using Microsoft.Extensions.Logging;
using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Dpd.Live;

/// <summary>
/// What DPD knows of our parcels on the road: DPDInfoServices, one getEventsForWaybillV1 per waybill (it has
/// no call for many waybills; its customer-wide feed, getEventsForCustomer, needs a channel DPD sets up and
/// events marked as processed — a second record of what we took, which we do not keep). A fault about one
/// waybill (one DPD does not know, say) is that waybill's: logged, and the others are still asked. DPD down,
/// slow, refusing our account or answering garbage is <see cref="CarrierUnavailable"/> for the whole poll,
/// which <see cref="CarrierPolling"/> repeats at its next round; every event is read again then (ALL), so
/// nothing is lost, only late.
/// </summary>
public sealed class DpdTracking(IHttpClientFactory clients, DpdAccount account, CarrierTimings timings, ILogger<DpdTracking> log)
{
    /// <summary>Its own address and client: it only reads, so every call may be retried (<see cref="CarrierRetries.Always"/>).</summary>
    public const string ClientName = "DPD-InfoServices";

    public async Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> waybills, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(waybills);
        var events = new List<CarrierEvent>();
        foreach (var waybill in waybills.Distinct(StringComparer.Ordinal))
        {
            var what = $"the events of {waybill}";
            var answer = await DpdServices.SendAsync(clients, ClientName, DpdEnvelopes.Events(waybill, account), what, timings, ct);
            try
            {
                events.AddRange(DpdEventAnswers.Read(answer.Code, answer.Text, waybill, what));
            }
            catch (CarrierRefused refused)
            {
                log.LogWarning("{Refusal}; the parcel keeps its status until DPD has news of it.", refused.Message);
            }
        }
        return events;
    }
}
