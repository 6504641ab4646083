using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Gls.Live.GlsTrackingProtocol;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// What GLS knows of our parcels on the road: its Track&amp;Trace API, asked for up to <see cref="NumbersPerCall"/> parcel
/// numbers a call, every parcel's whole history each time (<see cref="ParcelTracking"/> only moves forward, so nothing is
/// lost, only late). A number GLS has no parcel for, or refuses, is that number's: logged, and the others are still
/// read. GLS down, slow, refusing our user or answering garbage is <see cref="CarrierUnavailable"/> for the whole poll,
/// which <see cref="CarrierPolling"/> repeats at its next round. Without a tracking user (<paramref name="account"/> null)
/// nothing is asked: the parcels keep their status, as before tracking was built, and the log says why.
/// </summary>
public sealed class GlsTracking(IHttpClientFactory clients, GlsTrackingAccount? account, CarrierTimings timings, ILogger<GlsTracking> log)
{
    /// <summary>Its own address and client: it only reads, so every call may be retried (<see cref="CarrierRetries.Always"/>).</summary>
    public const string ClientName = "GLS-TrackAndTrace";

    private readonly UntrackedParcels _untracked = new(
        "GLS Track&Trace has no user (Shipping:Carriers:GLS:TrackingLogin and TrackingPassword): live GLS parcels are not tracked and keep their status; ask GLS for a WebAPI/YourGLS user with tracking rights.");

    public async Task<IReadOnlyList<CarrierEvent>> PollAsync(IReadOnlyList<string> numbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (account is null) return _untracked.Poll(numbers, log);
        var events = new List<CarrierEvent>();
        foreach (var batch in numbers.Distinct(StringComparer.Ordinal).Chunk(NumbersPerCall))
            events.AddRange(await BatchAsync(account, batch, ct));
        return events;
    }

    private async Task<IReadOnlyList<CarrierEvent>> BatchAsync(GlsTrackingAccount user, string[] batch, CancellationToken ct)
    {
        var what = batch.Length == 1 ? $"the events of {batch[0]}" : $"the events of {batch.Length} parcels";
        try
        {
            var answer = await AskAsync(user, batch, what, ct);
            var news = GlsTrackingAnswers.Read(answer.Code, answer.Bytes, batch, what);
            foreach (var number in news.Unknown)
                log.LogInformation("GLS Track&Trace has no parcel {Number} (not scanned yet, or not ours); it keeps its status until GLS has news of it.", number);
            foreach (var code in news.NewCodes)
                log.LogInformation("GLS Track&Trace event code {Code} moves nothing: it is not one we know (GlsEventCodes).", code);
            return news.Events;
        }
        catch (CarrierRefused refused) when (batch.Length > 1)
        {
            // GLS refused the call for what one number is: each alone, so only that one is left out.
            log.LogInformation("{Refusal}; asking for each of the {Count} numbers alone.", refused.Message, batch.Length);
            var events = new List<CarrierEvent>();
            foreach (var number in batch) events.AddRange(await BatchAsync(user, [number], ct));
            return events;
        }
        catch (CarrierRefused refused)
        {
            log.LogWarning("{Refusal}; the parcel keeps its status until GLS tells about it.", refused.Message);
            return [];
        }
    }

    private Task<CarrierAnswer> AskAsync(GlsTrackingAccount user, string[] batch, string what, CancellationToken ct)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, References + string.Join(",", batch.Select(Uri.EscapeDataString)));
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user.Login}:{user.Password}")));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(Language));
        return SendAsync(message, what, ct);
    }

    private async Task<CarrierAnswer> SendAsync(HttpRequestMessage message, string what, CancellationToken ct)
    {
        using (message) return await clients.SendAsync(ClientName, message, "GLS Track&Trace", what, timings, ct);
    }
}
