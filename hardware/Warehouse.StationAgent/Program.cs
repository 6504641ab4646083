using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Warehouse.StationAgent;

// The station agent: runs on the station PC (as a systemd service, see docs/hardware.md), opens the
// station's scanner, scale and printer and keeps them connected to the server. Settings come from
// /etc/warehouse-agent/agent.json, then Agent__* environment variables, then --Agent:* arguments.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
{
    Path = "/etc/warehouse-agent/agent.json", Optional = true, ReloadOnChange = false,
    FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider("/"),
});
builder.Services.AddSystemd();
builder.AddStationAgent();
await builder.Build().RunAsync();
