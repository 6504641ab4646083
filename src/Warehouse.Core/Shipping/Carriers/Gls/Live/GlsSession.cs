using Warehouse.Core.Shipping.Carriers.Live;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>
/// ADE's session: every call but adeLogin carries a session id instead of the password. We log in once, keep
/// the id for every call of every parcel, and log in again only when ADE answers that the session expired or
/// is unknown (err_sess_expired, err_sess_not_found) — then the call is sent once more with the new one. That
/// repeat is safe for the calls that create: a session fault means ADE did nothing with the call. Logins are
/// one at a time, so a burst of parcels after an expiry makes one new session, not one each.
/// </summary>
public sealed class GlsSession(IHttpClientFactory clients, GlsAccount account, CarrierTimings timings)
{
    private readonly SemaphoreSlim _login = new(1, 1);
    private volatile string? _id;

    /// <summary>Sends the envelope <paramref name="build"/> makes for the session on <paramref name="client"/> and reads the answer.</summary>
    public async Task<T> CallAsync<T>(string client, string operation, Func<string, string> build, Func<CarrierAnswer, T> read, string what, CancellationToken ct)
    {
        var session = _id ?? await LogInAsync(stale: null, what, ct);
        try
        {
            return read(await SendAsync(client, operation, build(session), what, ct));
        }
        catch (GlsSessionExpired)
        {
            session = await LogInAsync(stale: session, what, ct);
            try
            {
                return read(await SendAsync(client, operation, build(session), what, ct));
            }
            catch (GlsSessionExpired e)
            {
                throw new CarrierUnavailable($"GLS ended a session it had just opened, on {what}: {e.Message}", CarrierProblemCodes.Credentials);
            }
        }
    }

    /// <summary>A new session unless another call already replaced <paramref name="stale"/>.</summary>
    private async Task<string> LogInAsync(string? stale, string what, CancellationToken ct)
    {
        await _login.WaitAsync(ct);
        try
        {
            if (_id is { } current && current != stale) return current;
            _id = null;
            var answer = await SendAsync(GlsAdePlus.ReadClientName, GlsProtocol.Login, GlsEnvelopes.Login(account), $"logging in for {what}", ct);
            return _id = GlsAnswers.Session(answer, $"logging in for {what}");
        }
        finally
        {
            _login.Release();
        }
    }

    private Task<CarrierAnswer> SendAsync(string client, string operation, string envelope, string what, CancellationToken ct) =>
        clients.SendAsync(client, $"{GlsProtocol.Service.NamespaceName}#{operation}", envelope, "GLS", what, timings, ct);
}
