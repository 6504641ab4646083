namespace Warehouse.Core.Stations;

public sealed class UnknownStationException(string stationCode)
    : Exception($"There is no station '{stationCode}'.")
{
    public string StationCode { get; } = stationCode;
}
