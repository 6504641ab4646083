namespace Warehouse.DeviceSimulators.Printers;

/// <summary>One label as the simulated printer saw it: numbered in order of arrival.</summary>
public sealed record SimulatedLabel(int Number, string Zpl, DateTimeOffset ReceivedAt, DateTimeOffset? PrintedAt = null, string? SavedTo = null);
