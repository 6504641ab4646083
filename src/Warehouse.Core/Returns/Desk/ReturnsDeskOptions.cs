namespace Warehouse.Core.Returns.Desk;

/// <summary>What the desk's scans read by: the return rules (a parcel without its RMA) and the wedge's stand-in for GS1's group separator.</summary>
internal sealed record ReturnsDeskOptions(ReturnOptions Returns, char GroupSeparatorStandIn);
