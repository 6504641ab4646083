using System.Collections.Concurrent;
using System.Security.Claims;
using Warehouse.Core.Staff;

namespace Warehouse.Web.Auth;

/// <summary>
/// Whether a person's cookie (or open page) is still good: its stamp claim must equal the person's
/// stamp and the person must be active. Answers are kept for <see cref="Lifetime"/> per person so a
/// page's requests do not each read the database; a change on this instance forgets the answer at
/// once, and other instances forget it when the change's fact reaches them (at worst 10 s later).
/// </summary>
public sealed class PersonStamps(PeopleQueries people, TimeProvider time)
{
    public const string Claim = "stamp";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<int, (PersonStamp? Stamp, DateTimeOffset Until)> _known = new();

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!int.TryParse(user.FindFirst(FloorSchemes.OperatorIdClaim)?.Value, out var id)) return false;
        var claimed = user.FindFirst(Claim)?.Value;
        if (string.IsNullOrEmpty(claimed)) return false; // a cookie from before stamps, or forged without one
        var now = time.GetUtcNow();
        if (!_known.TryGetValue(id, out var entry) || entry.Until < now)
        {
            entry = (await people.StampAsync(id, ct), now + Lifetime);
            _known[id] = entry;
        }
        return entry.Stamp is { Active: true } stamp && stamp.Stamp == claimed;
    }

    public void Forget(int operatorId) => _known.TryRemove(operatorId, out _);
}
