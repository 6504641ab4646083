namespace Warehouse.Core.Shipping.Sandbox;

/// <summary>
/// Serials for sandbox tracking numbers, shared by all sandboxes of one app. Seeded from the clock in
/// milliseconds, so a restarted app starts past the numbers the last run gave out (unless that run gave
/// out more than one a millisecond), and parcels stored by the last run never meet a new one with the
/// same number. Formats with a short serial wrap it (S10's eight digits every ~28 hours); the
/// sandbox skips a number it still holds.
/// </summary>
public sealed class SandboxSerials(long seed)
{
    private long _last = seed;

    public static SandboxSerials FromClock(TimeProvider time) => new(time.GetUtcNow().ToUnixTimeMilliseconds());

    public long Next() => Interlocked.Increment(ref _last);
}
