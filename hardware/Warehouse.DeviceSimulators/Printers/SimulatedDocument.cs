using Warehouse.Devices.DocumentPrinters;

namespace Warehouse.DeviceSimulators.Printers;

/// <summary>One PDF job as the simulated IPP printer holds it: its job id, the name it was sent with, its state and why.</summary>
public sealed record SimulatedDocument(int JobId, string Name, byte[] Pdf, DateTimeOffset ReceivedAt, IppJobState State, string Reasons = "none", string Message = "");
