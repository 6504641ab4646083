using Warehouse.Web;
using Warehouse.Web.Agents;
using Warehouse.Web.Apis;
using Warehouse.Web.Auth;
using Warehouse.Web.Components;
using Warehouse.Web.Demo;
using Warehouse.Web.Floor;

var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
if (args.Contains("--demo")) builder.Configuration["Demo:Enabled"] = "true";

builder.AddWarehouseData().AddFloor().AddStations().AddPacking().AddPrinting().AddLocalDevices().AddStationAgents().AddFloorAuth().AddDemoFloor().AddFloorPages();

var app = builder.Build();
app.UseApiBodySizeLimit();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapIntegrationApi();
app.MapFloorPages();
app.MapBarcodeImages();
app.MapStationLabels();
app.MapHub<FloorHub>(FloorHub.Path);
app.MapStationAgents();

await app.PrepareFloorAsync();
app.Run();

public partial class Program;
