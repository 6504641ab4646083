using Warehouse.Web.Auth;

namespace Warehouse.Web.Tests.Auth;

/// <summary>Thirty wrong passwords a minute per badge and per address, then a wait that ends by itself.</summary>
public sealed class SignInThrottle_BacksOff
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock _clock = new();
    private SignInThrottle Throttle() => new(_clock);

    [Fact]
    public void The_31st_wrong_password_in_a_minute_waits_and_then_works_again()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            Assert.Null(throttle.WaitFor("B-9001", "10.0.0.7"));
            throttle.Failed("B-9001", "10.0.0.7");
            _clock.Now += TimeSpan.FromSeconds(1);
        }

        var wait = throttle.WaitFor("B-9001", "10.0.0.7");
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(30), SignInThrottle.Window);

        _clock.Now += wait.Value;
        Assert.Null(throttle.WaitFor("B-9001", "10.0.0.7"));
    }

    [Fact]
    public void One_address_guessing_many_badges_is_held_back()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++) throttle.Failed($"B-{i:0000}", "10.0.0.8");

        Assert.NotNull(throttle.WaitFor("B-7777", "10.0.0.8"));
        Assert.Null(throttle.WaitFor("B-7777", "10.0.0.9"));
    }

    [Fact]
    public void One_badge_guessed_from_many_addresses_is_held_back()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++) throttle.Failed("b-9001 ", $"10.0.1.{i}");

        Assert.NotNull(throttle.WaitFor("B-9001", "10.0.2.1"));
        Assert.Null(throttle.WaitFor("B-9002", "10.0.2.1"));
    }

    [Fact]
    public void A_right_password_clears_the_badge_but_not_the_address()
    {
        var throttle = Throttle();
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++) throttle.Failed("B-9001", "10.0.0.7");
        throttle.Succeeded("B-9001");
        throttle.Failed("B-9001", "10.0.0.7");

        Assert.NotNull(throttle.WaitFor("B-9002", "10.0.0.7"));
        Assert.Null(throttle.WaitFor("B-9001", "10.0.3.3"));
    }
}
