using Warehouse.Web;
using Warehouse.Web.Agents;
using Warehouse.Web.Apis;
using Warehouse.Web.Auth;
using Warehouse.Web.Components;
using Warehouse.Web.Demo;
using Warehouse.Web.Floor;
using Warehouse.Web.FirstStart;
using Warehouse.Web.Notices;
using Warehouse.Web.Picking;
using Warehouse.Web.Returns;
using Warehouse.Web.Tls;
using Warehouse.Web.Shipping;
using Warehouse.Web.Slips;
using Warehouse.Web.Tracking;

// `admin create …`, `apikey create …`, `station create …`: the first start of a real warehouse (docs/operations.md). Never starts the server.
if (args is ["admin", .. var adminArgs]) return await AdminCommand.RunAsync(adminArgs, Console.Out, Console.Error);
if (args is ["apikey", .. var keyArgs]) return await ApiKeyCommand.RunAsync(keyArgs, Console.Out, Console.Error);
if (args is ["station", .. var stationArgs]) return await StationCommand.RunAsync(stationArgs, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
if (args.Contains("--demo")) builder.Configuration["Demo:Enabled"] = "true";

builder.AddWarehouseData().AddFloor().AddStations().AddPacking().AddCatalog().AddShipping().AddStock().AddPicking().AddReceiving().AddPhotos().AddQuality().AddNotices().AddTrackingPage().AddPackingSlips().AddReturns().AddPrinting().AddLocalDevices().AddTls().AddStationAgents().AddFloorAuth().AddDemoFloor().AddFloorPages();

var app = builder.Build();
app.UseForwardedHeadersOfKnownProxies();
app.UseAgentPortForAgentsOnly();
app.UseSecurityHeaders();
app.UseApiBodySizeLimit();
app.UseStaticFiles();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapIntegrationApi();
app.MapFloorPages();
app.MapBarcodeImages();
app.MapStationLabels();
app.MapCarrierWebhooks();
app.MapManifestDocuments();
app.MapTrackingPage();
app.MapPackingSlips();
app.MapReturns();
app.MapHandheld();
app.MapHub<FloorHub>(FloorHub.Path);
app.MapStationAgents();

if (!app.SettingsHold(Console.Error)) return 1;
app.WarnWhenAnyHostIsAllowed();
await app.PrepareFloorAsync();
app.Run();
return 0;

public partial class Program;
