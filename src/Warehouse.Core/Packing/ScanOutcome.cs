namespace Warehouse.Core.Packing;

public enum ScanOutcome
{
    Accepted,
    Refused,
    ParcelDone,
}
