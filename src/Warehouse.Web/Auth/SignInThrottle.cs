using System.Collections.Concurrent;

namespace Warehouse.Web.Auth;

/// <summary>
/// Slows password guessing at the sign-in form: more than <see cref="MaxFailures"/> wrong attempts
/// within a minute, for one badge or from one client address, and the next attempt is refused until
/// the oldest of them is a minute old. Never a lockout that outlasts the minute: an attacker cannot
/// keep a supervisor out for longer than they keep guessing. In memory: a restart forgets, and each
/// app instance counts its own.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxFailures = 30;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int MaxKeys = 50_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new();

    /// <summary>How long this badge or address must wait before trying again; null when it may try now.</summary>
    public TimeSpan? WaitFor(string badge, string address)
    {
        var now = time.GetUtcNow();
        var wait = new[] { BadgeKey(badge), AddressKey(address) }.Select(k => WaitFor(k, now)).Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(string badge, string address)
    {
        var now = time.GetUtcNow();
        if (_failures.Count > MaxKeys) Forget(now);
        foreach (var key in new[] { BadgeKey(badge), AddressKey(address) })
        {
            var failures = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (failures)
            {
                failures.Enqueue(now);
                while (failures.Count > MaxFailures + 1) failures.Dequeue();
            }
        }
    }

    /// <summary>A right password clears the badge's count; the address keeps its own.</summary>
    public void Succeeded(string badge) => _failures.TryRemove(BadgeKey(badge), out _);

    private TimeSpan WaitFor(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var failures)) return TimeSpan.Zero;
        lock (failures)
        {
            while (failures.Count > 0 && now - failures.Peek() >= Window) failures.Dequeue();
            return failures.Count >= MaxFailures ? failures.Peek() + Window - now : TimeSpan.Zero;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            lock (failures)
            {
                if (failures.Count == 0 || now - failures.Last() >= Window) _failures.TryRemove(key, out _);
            }
        }
    }

    private static string BadgeKey(string badge) => "badge:" + badge.Trim().ToUpperInvariant();

    private static string AddressKey(string address) => "address:" + address;
}
