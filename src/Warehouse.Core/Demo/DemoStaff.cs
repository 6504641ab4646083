using Warehouse.Core.Staff;
using Warehouse.Core.Stations;

namespace Warehouse.Core.Demo;

/// <summary>A demo person: printed at start-up and listed in the README.</summary>
/// <param name="Pin">The approval PIN typed at a station after the badge (supervisors and admins).</param>
public sealed record DemoPerson(string Name, string Badge, Role Role, string? Password, string Language = "pl", string? Pin = null);

public static partial class DemoData
{
    /// <summary>The integration key the demo prints; public by design, never use it outside the demo.</summary>
    public const string ApiKey = "demo-key-0123456789abcdef";

    public static readonly IReadOnlyList<DemoPerson> People =
    [
        new("Anna Kowalska", "B-1001", Role.Packer, null),
        new("Piotr Nowak", "B-1002", Role.Packer, null),
        new("Zofia Wiśniewska", "B-1003", Role.Packer, null, "en"),
        new("Kamil Wójcik", "B-2001", Role.Picker, null),
        new("Julia Kaczmarek", "B-2002", Role.Picker, null, "en"),
        new("Tomasz Mazur", "B-3001", Role.QualityClerk, null),
        new("Krzysztof Szymański", "B-4001", Role.Receiver, null),
        new("Magdalena Dąbrowska", "B-5001", Role.ReturnsClerk, null),
        new("Marek Zieliński", "B-9001", Role.Supervisor, "demo-supervisor", Pin: "2468"),
        new("Ewa Lewandowska", "B-9901", Role.Admin, "demo-admin", Pin: "1357"),
    ];

    public static readonly IReadOnlyList<string> Stations = ["PACK-01", "PACK-02", "PACK-03"];

    /// <summary>The dock where the day's parcels are handed to the carriers (close-out).</summary>
    public const string DockStation = "DOCK-01";

    /// <summary>The returns desk where customers' parcels are opened, graded and decided.</summary>
    public const string ReturnsDesk = "RET-01";

    /// <summary>Pick handhelds, the QC bench, the goods-in desk, the dock and the returns desk: no devices of their own to simulate (the handheld's scanner is its keyboard).</summary>
    public static readonly IReadOnlyList<(string Code, StationKind Kind)> OtherStations =
        [("HH-01", StationKind.Picking), ("HH-02", StationKind.Picking), ("QC-01", StationKind.Quality), (ReceivingStation, StationKind.Receiving), (DockStation, StationKind.Dock),
            (ReturnsDesk, StationKind.Returns)];
}
