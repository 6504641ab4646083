using Microsoft.AspNetCore.Components.Server.Circuits;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
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

        app.Services.GetRequiredService<CircuitFault>().FailNextScanOfNewestCircuit();
        await WedgeAsync(station, "DEMO-1");

        try
        {
            await Expect(station.Locator("#circuit-stopped")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"{e.Message}\nserver log:\n{string.Join("\n", app.Log.Last(100))}", e);
        }
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
    /// Throws from inside the station's circuit on the next call its page makes into .NET: the next scan. Not on
    /// a render's acknowledgement, which Blazor hands on without waiting for it: thrown behind the app's own
    /// (asynchronous) circuit handler, <c>PersonCircuits</c>, the error becomes a task nobody looks at. A full run
    /// once had the fault taken by one, and the scan after it went through with no screen stopped.
    /// Only the station's circuit, the one opened last: a handler is shared by every circuit of the app.
    /// </summary>
    public sealed class CircuitFault(ILogger<CircuitFault> log) : CircuitHandler
    {
        private Circuit? _newest;
        private Circuit? _armed;

        /// <summary>Fails the next scan of the circuit opened last: the station's, once its screen is ready and nothing opened after it.</summary>
        public void FailNextScanOfNewestCircuit() =>
            Volatile.Write(ref _armed, Volatile.Read(ref _newest) ?? throw new InvalidOperationException("No circuit has opened."));

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Volatile.Write(ref _newest, circuit);
            return Task.CompletedTask;
        }

        public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
            context =>
            {
                if (Volatile.Read(ref _armed) != context.Circuit) return next(context);
                // The context does not say what the call is; the call stack does (Blazor's CircuitHost methods).
                var call = string.Join(" < ", new StackTrace().GetFrames().Skip(1).Take(6).Select(f => f.GetMethod()?.DeclaringType?.Name + "." + f.GetMethod()?.Name));
                if (!call.Contains("BeginInvokeDotNetFromJS", StringComparison.Ordinal)
                    || Interlocked.CompareExchange(ref _armed, null, context.Circuit) != context.Circuit) return next(context);
                log.LogWarning("Circuit {Circuit}: failing the call {Call}", context.Circuit.Id, call);
                throw new InvalidOperationException("A circuit error forced by the test.");
            };
    }
}
