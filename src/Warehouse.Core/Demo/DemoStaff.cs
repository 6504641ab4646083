using Warehouse.Core.Staff;

namespace Warehouse.Core.Demo;

/// <summary>A demo person: printed at start-up and listed in the README.</summary>
public sealed record DemoPerson(string Name, string Badge, Role Role, string? Password, string Language = "pl");

public static partial class DemoData
{
    /// <summary>The integration key the demo prints; public by design, never use it outside the demo.</summary>
    public const string ApiKey = "demo-key-0123456789abcdef";

    public static readonly IReadOnlyList<DemoPerson> People =
    [
        new("Anna Kowalska", "B-1001", Role.Packer, null),
        new("Piotr Nowak", "B-1002", Role.Packer, null),
        new("Zofia Wiśniewska", "B-1003", Role.Packer, null, "en"),
        new("Marek Zieliński", "B-9001", Role.Supervisor, "demo-supervisor"),
        new("Ewa Lewandowska", "B-9901", Role.Admin, "demo-admin"),
    ];

    public static readonly IReadOnlyList<string> Stations = ["PACK-01", "PACK-02", "PACK-03"];
}
