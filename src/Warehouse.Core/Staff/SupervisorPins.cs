using Warehouse.Core.Floor;

namespace Warehouse.Core.Staff;

/// <summary>
/// The second half of an approval at a station: the PIN after the badge. Wrong PINs slow the next try
/// rather than lock the supervisor out (anyone holding a printed badge could otherwise lock them out on
/// purpose): four free tries, then 1, 2, 4 … up to 60 minutes between tries, kept in the database so a
/// restart does not reset it. A right PIN clears the count.
/// </summary>
public static class SupervisorPins
{
    public const int MinLength = 4, MaxLength = 8;
    public const int FreeTries = 4;
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(60);

    /// <summary>Digits only, 4 to 8 of them; anything else is refused before the hash is worked out.</summary>
    public static bool IsWellFormed(string? pin) => pin is { Length: >= MinLength and <= MaxLength } && pin.All(char.IsAsciiDigit);

    /// <summary>Why a new PIN will not do: not 4–8 digits, or one anybody would guess first (1111, 1234, 9876…).</summary>
    public static FloorMessage? Problem(string? pin)
    {
        if (!IsWellFormed(pin)) return new FloorMessage("people.pin_malformed", MinLength.ToString(), MaxLength.ToString());
        var digits = pin!;
        var steps = digits.Zip(digits.Skip(1), (a, b) => b - a).Distinct().ToList();
        return steps is [0] or [1] or [-1] ? new FloorMessage("people.pin_weak") : null;
    }

    public static string Hash(string pin) =>
        IsWellFormed(pin) ? Secrets.HashPassword(pin) : throw new ArgumentException($"A PIN is {MinLength} to {MaxLength} digits.", nameof(pin));

    /// <summary>How long the supervisor must wait before another try, or null when a try may be made now.</summary>
    public static TimeSpan? WaitFor(Operator supervisor, DateTime now) =>
        supervisor.PinRetryAfterUtc is { } after && after > now ? after - now : null;

    /// <summary>Checks a PIN and books the try on the supervisor; the caller saves it in its transaction.</summary>
    public static bool Try(Operator supervisor, string pin, DateTime now)
    {
        if (Secrets.VerifyPassword(pin, supervisor.PinHash))
        {
            supervisor.PinFailures = 0;
            supervisor.PinRetryAfterUtc = null;
            return true;
        }
        supervisor.PinFailures++;
        if (supervisor.PinFailures > FreeTries)
        {
            var minutes = Math.Min(LongestWait.TotalMinutes, Math.Pow(2, Math.Min(supervisor.PinFailures - FreeTries - 1, 10)));
            supervisor.PinRetryAfterUtc = now.AddMinutes(minutes);
        }
        return false;
    }
}
