namespace Warehouse.Devices;

/// <summary>One device's health as the station page shows it: "scale", online, "overload", and why.</summary>
public sealed record DeviceReport(string Device, bool Online, string State, string Description = "");
