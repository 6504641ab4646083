using System.Net;
using System.Text;
using System.Text.Json;
using Warehouse.Core.Shipping.Carriers.Live;
using static Warehouse.Core.Shipping.Carriers.Gls.Live.GlsTrackingProtocol;

namespace Warehouse.Core.Shipping.Carriers.Gls.Live;

/// <summary>What one Track&amp;Trace answer says of the numbers asked: their events, the numbers GLS has no parcel for, and codes we do not know.</summary>
public sealed record GlsTrackingNews(IReadOnlyList<CarrierEvent> Events, IReadOnlyList<string> Unknown, IReadOnlyList<string> NewCodes);

/// <summary>
/// Reads GLS Track&amp;Trace's answer to GET tracking/references/{numbers} (status codes as GLS Poland's page gives
/// them: 200, 400 incomplete or invalid, 401 user or password, 403 no right or locked out, 404). A parcel is matched to
/// the number we asked by its TrackID or any of its references (the parcel number ADE gave is its UNITNO); a number no
/// parcel matches is unknown to GLS — that number's problem, not the poll's. A refusal of what we asked is
/// <see cref="CarrierRefused"/>; our account refused, GLS down or answering what is not its answer is
/// <see cref="CarrierUnavailable"/> for the whole poll.
/// </summary>
public static class GlsTrackingAnswers
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static GlsTrackingNews Read(HttpStatusCode code, byte[] body, IReadOnlyList<string> asked, string what)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(asked);
        var answer = TryParse(body);
        var status = (int)code;
        if (status is 401 or 403 || Error(answer) is { ExitCode: { } exit } && AccountExitCodes.Contains(exit))
            throw new CarrierUnavailable($"GLS Track&Trace refused our user ({Words(answer, status)}) on {what}; check Shipping:Carriers:GLS:TrackingLogin and TrackingPassword (a WebAPI/YourGLS user with tracking rights, from GLS).",
                CarrierProblemCodes.Credentials);
        if (status == 400 && Error(answer) is { ExitCode: { } refused } && NumberExitCodes.Contains(refused))
            throw new CarrierRefused($"GLS Track&Trace refused {what}: {Words(answer, status)}");
        // No parcel for any number asked comes as GLS's own error; a 404 without one (or "page not found") is the address.
        if (status == 404 && Error(answer) is { ExitCode: { } none } && none != PageNotFound)
            return new GlsTrackingNews([], asked, []);
        if (status is < 200 or >= 300)
            throw new CarrierUnavailable($"GLS Track&Trace answered {status} to {what}: {Words(answer, status, body)}"
                + (status == 404 ? " Check Shipping:Carriers:GLS:TrackingUrl." : ""), CarrierProblemCodes.ServerError);
        if (answer?.Parcels is not { } parcels)
            throw new CarrierUnavailable($"GLS's answer to {what} is not a Track&Trace answer: {CarrierSoap.Clip(Text(body))}", CarrierProblemCodes.Garbage);
        return Parcels(parcels, asked);
    }

    private static GlsTrackingNews Parcels(List<GlsTrackedParcel?> parcels, IReadOnlyList<string> asked)
    {
        var events = new List<CarrierEvent>();
        var newCodes = new List<string>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parcel in parcels)
        {
            // Another parcel the search found (one of ours by a reference we did not ask by) is not our number's news.
            if (parcel is null || Number(parcel, asked) is not { } number) continue;
            found.Add(number);
            var mine = new List<CarrierEvent>();
            foreach (var scan in parcel.Events ?? [])
            {
                if (scan?.Code is not { } scanCode || !GlsEventCodes.Moves.TryGetValue(scanCode.Trim(), out var moved))
                {
                    if (scan?.Code is { } unknown && !GlsEventCodes.Known.Contains(unknown.Trim())) newCodes.Add($"{number}: {CarrierSoap.Clip(unknown)}");
                    continue;
                }
                mine.Add(new CarrierEvent(number, moved, Time(scan.Timestamp, $"event {scanCode} of {number}")));
            }
            if (parcel.Status is { } now && GlsEventCodes.ParcelStatuses.TryGetValue(now.Trim(), out var status) && mine.All(e => e.Status != status))
                mine.Add(new CarrierEvent(number, status, Time(parcel.Timestamp, $"status {now} of {number}")));
            events.AddRange(mine.OrderBy(e => e.AtUtc));
        }
        return new GlsTrackingNews(events, [.. asked.Where(n => !found.Contains(n))], newCodes);
    }

    /// <summary>The number asked that this parcel is: its TrackID or one of its references, compared exactly.</summary>
    private static string? Number(GlsTrackedParcel parcel, IReadOnlyList<string> asked) =>
        asked.FirstOrDefault(n => n == parcel.TrackId?.Trim() || (parcel.References ?? []).Any(r => n == r?.Value?.Trim()));

    private static DateTime Time(string? text, string what) =>
        // A step we know without a time we can read: GLS changed its format, and guessing would misplace the step.
        CarrierEventTime.TryRead(text, out var at) ? at
            : throw new CarrierUnavailable($"GLS's {what} has a time we cannot read: '{CarrierSoap.Clip(text ?? "")}'.", CarrierProblemCodes.Garbage);

    private static GlsTrackingAnswer? TryParse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<GlsTrackingAnswer>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GlsTrackingError? Error(GlsTrackingAnswer? answer) => answer?.Errors?.FirstOrDefault(e => e is not null);

    /// <summary>GLS's exit code and words when it sent them, else the status and the body's start.</summary>
    private static string Words(GlsTrackingAnswer? answer, int status, byte[]? body = null) =>
        Error(answer) is { } e
            ? CarrierSoap.Clip(string.Join(" ", new[] { e.ExitCode, e.ExitMessage, e.Description }.Where(w => !string.IsNullOrWhiteSpace(w))))
            : body is null ? $"HTTP {status}" : CarrierSoap.Clip(Text(body));

    private static string Text(byte[] body) => Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, CarrierSoap.MaxQuoted * 4));
}
