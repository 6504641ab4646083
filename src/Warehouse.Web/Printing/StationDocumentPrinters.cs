namespace Warehouse.Web.Printing;

/// <summary>Where each station's PDF labels go: an <c>ipp://</c> URI. From <c>DocumentPrinters:PACK-01</c>, or a simulated IPP printer registered by demo mode.</summary>
public sealed class StationDocumentPrinters(IConfiguration configuration) : StationRoutes(configuration, "DocumentPrinters");
