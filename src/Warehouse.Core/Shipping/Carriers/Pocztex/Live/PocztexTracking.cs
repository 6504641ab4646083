using Microsoft.Extensions.Logging;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Pocztex.Live.PocztexTrackingProtocol;

namespace Warehouse.Core.Shipping.Carriers.Pocztex.Live;

/// <summary>
/// What Poczta Polska knows of our parcels on the road: its tracking service ("Sledzenie"), one sprawdzPrzesylke per
/// number, each answering the parcel's whole history. A number the service does not know (or calls invalid) is that
/// number's: logged, and the others are still asked. The service down, slow, refusing our user or answering garbage
/// is <see cref="CarrierUnavailable"/> for the whole poll, which <see cref="CarrierPolling"/> repeats at its next
/// round; every event is read again then, so nothing is lost, only late. Without a tracking user
/// (<paramref name="account"/> null) nothing is asked: labels and handovers go on, parcels stay as they are, and
/// the log says why.
/// </summary>
public sealed class PocztexTracking(IHttpClientFactory clients, PocztexTrackingAccount? account, CarrierTimings timings, ILogger<PocztexTracking> log)
{
    /// <summary>Its own address and client: it only reads, so every call may be retried (<see cref="CarrierRetries.Always"/>).</summary>
    public const string ClientName = "Pocztex-Sledzenie";

    private readonly UntrackedParcels _untracked = new(
        "Pocztex parcels are not tracked: Shipping:Carriers:POCZTEX:TrackingLogin and TrackingPassword (a Sledzenie user) are not set; they keep their status.");

    public async Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> numbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (account is null) return _untracked.Poll(numbers, log);
        var events = new List<CarrierEvent>();
        foreach (var number in numbers.Distinct(StringComparer.Ordinal))
        {
            var what = $"the events of {number}";
            var answer = await clients.SendAsync(ClientName, CheckParcelAction, PocztexTrackingEnvelope.Check(number, account), "Poczta Polska's tracking", what, timings, ct);
            var parcel = PocztexEventAnswers.Read(answer, number, what);
            if (parcel.Status != Found)
                log.LogWarning("Poczta Polska's tracking has nothing on {Number}: status {Status}, {Meaning}; it keeps its status until there is news of it.",
                    number, parcel.Status, NumberStatuses.GetValueOrDefault(parcel.Status, "a status we do not know"));
            if (parcel.Unread.Count > 0)
                log.LogInformation("Poczta Polska's events {Codes} of {Number} move nothing we track.", string.Join(", ", parcel.Unread), number);
            events.AddRange(parcel.Events);
        }
        return events;
    }
}
