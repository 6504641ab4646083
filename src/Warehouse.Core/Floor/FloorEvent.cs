namespace Warehouse.Core.Floor;

/// <summary>
/// What happened on the floor, published once after the change is committed. Pages
/// subscribe in process; the FloorHub carries the same record to other clients.
/// </summary>
public sealed record FloorEvent(
    string Kind,
    DateTime AtUtc,
    string? StationCode = null,
    string? OrderNumber = null,
    string? Outcome = null,
    FloorMessage? Message = null,
    int? WeightGrams = null,
    bool? WeightStable = null,
    string? ScanId = null)
{
    public static class Kinds
    {
        public const string Scan = "scan";
        public const string Weight = "weight";
        public const string OrderPacked = "order.packed";
        public const string OrderStopped = "order.stopped";
        public const string OrderImported = "order.imported";
        public const string ClaimReleased = "claim.released";
        public const string StationChanged = "station.changed";
        public const string PrintJob = "print.job";
        public const string Device = "device";
        public const string ScaleCommand = "scale.command";
        /// <summary>Zero or tare asked for by a command barcode; whoever drives the station's scale sends it.</summary>
        public const string ScaleCommandRequested = "scale.command_requested";
        /// <summary>An admin saved a station's device set: whoever drives its devices may change now.</summary>
        public const string StationDevices = "station.devices";
        public const string ExceptionResolved = "exception.resolved";
        public const string PlanSet = "plan.set";
    }
}
