using Microsoft.Extensions.Options;

namespace Warehouse.Web.Agents;

/// <summary>Checks the "Agents" section at start, so a bad keepalive stops the server with its setting's name, not Kestrel's own exception later.</summary>
public sealed class AgentsOptionsCheck : IValidateOptions<AgentsOptions>
{
    /// <summary>Kestrel looks at its connections once a second: it refuses anything shorter.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);

    /// <summary>Longer and a dead agent's station goes on looking alive for minutes.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, AgentsOptions options)
    {
        var problems = new List<string>();
        Check("Agents:KeepAlivePingDelay", options.KeepAlivePingDelay, problems);
        Check("Agents:KeepAlivePingTimeout", options.KeepAlivePingTimeout, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Check(string key, TimeSpan value, List<string> problems)
    {
        if (value < Shortest || value > Longest)
            problems.Add($"{key} is {value}: give a time from {Shortest:hh\\:mm\\:ss} to {Longest:hh\\:mm\\:ss} (hh:mm:ss).");
    }
}
