namespace Warehouse.Web.Printing;

/// <summary>Where each station's labels go: "host:port" of a Zebra on raw TCP. From <c>Printers:PACK-01</c>, or registered by demo mode.</summary>
public sealed class StationPrinters(IConfiguration configuration) : StationRoutes(configuration, "Printers");
