using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.StationAgent.Devices;
using Warehouse.StationAgent.Journal;
using Warehouse.StationAgent.Link;
using Warehouse.StationAgent.Printing;

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
            // One client for the agent's life: one printer, and a pooled connection that is renewed now and then.
            var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5), PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = o.DocumentCallTimeout };
            return new DocumentQueue(sp.GetRequiredService<DocumentJobFile>(), () => devices.Current?.DocumentPrinterUri, http,
                sp.GetRequiredService<TimeProvider>(), o.DocumentPoll, sp.GetRequiredService<ILogger<DocumentQueue>>());
        });
        builder.Services.AddHostedService<DocumentPrinting>();
        builder.Services.AddSingleton<ServerLink>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ServerLink>());
        return builder;
    }
}
