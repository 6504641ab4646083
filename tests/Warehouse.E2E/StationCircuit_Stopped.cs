using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;
using static Warehouse.E2E.StationScans;

namespace Warehouse.E2E;

/// <summary>
/// An unhandled error on a station's circuit: the screen says the station stopped, sounds the
/// alarm and comes back by itself, signed in as before, ready for the next scan.
/// </summary>
public sealed class StationCircuit_Stopped(StationCircuit_Stopped.App app) : IClassFixture<StationCircuit_Stopped.App>
{
    [Fact]
    public async Task A_circuit_error_shows_the_stopped_screen_and_the_station_comes_back_by_itself()
    {
        var station = await app.EnrolledStationAsync("PACK-01");
        await WedgeAsync(station, "B-1001");
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Anna Kowalska");
        await Expect(station.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();

        app.Services.GetRequiredService<CircuitFault>().FailNextCall();
        await WedgeAsync(station, "DEMO-1");

        await Expect(station.Locator("#circuit-stopped")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await Expect(station.Locator("#circuit-stopped")).ToContainTextAsync("Stanowisko zatrzymane");
        await Expect(station.Locator("body")).ToHaveAttributeAsync("data-last-sound", "Stopped");

        // The page reloads by itself: a new circuit, the same station and packer.
        await station.WaitForSelectorAsync("body[data-wedge=on] .station[data-ready=true]", new() { Timeout = 20_000 });
        await Expect(station.Locator("#circuit-stopped")).Not.ToBeVisibleAsync();
        await Expect(station.Locator("#operator")).ToHaveTextAsync("Anna Kowalska");
        await WedgeAsync(station, "DEMO-1");
        await ExpectResultAsync(station, "Accepted", "DEMO-1");
    }

    /// <summary>The demo floor with a circuit handler that can fail a circuit's next call from the browser.</summary>
    public sealed class App : FloorApp
    {
        protected override void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton<CircuitFault>();
            services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<CircuitFault>());
        }
    }

    /// <summary>
    /// Throws from inside the circuit on the next call the browser makes into it (a scan, or the
    /// acknowledgement of a render: the demo scale's live weight renders several times a second).
    /// </summary>
    public sealed class CircuitFault : CircuitHandler
    {
        private int _armed;

        public void FailNextCall() => Interlocked.Exchange(ref _armed, 1);

        public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
            context => Interlocked.Exchange(ref _armed, 0) == 1
                ? throw new InvalidOperationException("A circuit error forced by the test.")
                : next(context);
    }
}
