namespace Warehouse.Core.Stations;

public enum ScanOutcome
{
    Accepted,
    Refused,
    ParcelDone,
}
