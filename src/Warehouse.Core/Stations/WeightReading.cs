namespace Warehouse.Core.Stations;

/// <summary>
/// A scale reading as the station sees it. <see cref="SettledUtc"/> is when the scale
/// became stable on this weight; it is null while the weight is moving or in fault.
/// </summary>
public sealed record WeightReading(int Grams, bool Stable, DateTime AtUtc, DateTime? SettledUtc, string? Fault = null);
