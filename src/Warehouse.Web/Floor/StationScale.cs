using Warehouse.Core.Floor;
using Warehouse.StationLink;
using Warehouse.Web.Agents;
using Warehouse.Web.LocalDevices;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Floor;

/// <summary>
/// Zero and tare asked from the station page, sent to the scale wherever it hangs: down the
/// station agent's stream, or to the scale this app opened itself. The scale's answer comes back
/// to the page as a floor event.
/// </summary>
public sealed class StationScale(AgentSessions agents, LocalScales local, FloorEvents events, FloorClock clock, ILogger<StationScale> log)
{
    public static readonly string[] Commands = ["zero", "tare", "clear-tare"];

    /// <summary>False when the station has no scale to command.</summary>
    public Task<bool> SendAsync(string stationCode, string command)
    {
        if (!Commands.Contains(command)) return Task.FromResult(false);
        if (agents.Send(stationCode, new ServerMessage { ScaleCommand = new ScaleCommand { Command = command } })) return Task.FromResult(true);
        if (local.For(stationCode) is not { } scale) return Task.FromResult(false);
        _ = Task.Run(async () =>
        {
            var result = command switch
            {
                "zero" => await scale.ZeroAsync(),
                "tare" => await scale.TareAsync(),
                _ => await scale.ClearTareAsync(),
            };
            if (!result.Succeeded) log.LogWarning("{Station} scale refused {Command}: {Reason}", stationCode, command, result.Reason);
            events.Publish(new ScaleCommandAnswered(clock.UtcNow, stationCode, result.Succeeded,
                new FloorMessage(result.Succeeded ? "scale.command_done" : "scale.command_refused", command, result.Reason ?? "")));
        });
        return Task.FromResult(true);
    }
}
