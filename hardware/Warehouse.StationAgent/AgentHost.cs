using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.StationAgent.Devices;
using Warehouse.StationAgent.Journal;
using Warehouse.StationAgent.Link;
using Warehouse.StationAgent.Printing;
using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.StationAgent;

public static class AgentHost
{
    /// <summary>The agent's services: journal, print jobs, document jobs and devices under the state folder, and the server link.</summary>
    public static IHostApplicationBuilder AddStationAgent(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgentOptions>().BindConfiguration("Agent").Validate(o =>
        {
            o.Validate();
            return true;
        }).ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<AgentOptions>>().Value;
            return ScanJournal.Open(Path.Combine(o.StateFolder, "scans"), $"{o.StationCode}-{AgentIdentity.Load(o.StateFolder)}");
        });
        builder.Services.AddSingleton(sp => new PrintJobFile(Path.Combine(sp.GetRequiredService<IOptions<AgentOptions>>().Value.StateFolder, "printing")));
        builder.Services.AddSingleton(sp => new AgentDevices(
            sp.GetRequiredService<ScanJournal>(), sp.GetRequiredService<PrintJobFile>(),
            sp.GetRequiredService<IOptions<AgentOptions>>().Value, sp.GetRequiredService<ILogger<AgentDevices>>()));
        builder.Services.AddSingleton(sp => new DocumentJobFile(Path.Combine(sp.GetRequiredService<IOptions<AgentOptions>>().Value.StateFolder, "documents")));
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<AgentOptions>>().Value;
            var devices = sp.GetRequiredService<AgentDevices>();
            return new DocumentQueue(sp.GetRequiredService<DocumentJobFile>(), () => devices.Current?.DocumentPrinterUri, sp.GetRequiredService<IppConnections>(),
                sp.GetRequiredService<TimeProvider>(), o.DocumentPoll, sp.GetRequiredService<ILogger<DocumentQueue>>());
        });
        // One set of connections for the jobs and the health: the same timeout and the same pinned certificate.
        builder.Services.AddSingleton(sp => new IppConnections(sp.GetRequiredService<IOptions<AgentOptions>>().Value.DocumentCallTimeout));
        builder.Services.AddHostedService<DocumentPrinting>();
        builder.Services.AddHostedService(sp => new DocumentPrinterWatch(
            sp.GetRequiredService<AgentDevices>(), sp.GetRequiredService<IppConnections>(), sp.GetRequiredService<IOptions<AgentOptions>>().Value,
            sp.GetRequiredService<ILogger<DocumentPrinterWatch>>()));
        builder.Services.AddSingleton<ServerLink>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ServerLink>());
        return builder;
    }
}
