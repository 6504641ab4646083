using System.Collections.Immutable;
using Warehouse.Core.Floor;
using Warehouse.Web.LocalDevices;

namespace Warehouse.Web.Tests.LocalDevices;

/// <summary>
/// When the station says its scans are not being received: the side that reads its serial scanner is
/// gone or says the scanner is offline. A station with no serial scanner has nothing to miss.
/// </summary>
public sealed class ScannerSilence_Judged
{
    private static readonly DateTime At = new(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc);

    private static StationDevicesLive Live(bool? agent, params DeviceState[] devices) =>
        new("PACK-03", agent, At, devices.ToImmutableSortedDictionary(d => d.Device, d => d));

    private static DeviceState Scanner(bool online) => new("scanner", online, online ? "ready" : "unplugged", "", At);

    [Fact]
    public void An_agent_station_whose_agent_is_not_connected_is_not_heard()
    {
        Assert.Equal(ScannerSilence.Agent, StationScanners.Judge(DeviceOwner.Agent, Live(false)));
    }

    [Fact]
    public void An_agent_station_whose_agent_has_not_connected_since_the_server_started_is_not_heard()
    {
        Assert.Equal(ScannerSilence.Agent, StationScanners.Judge(DeviceOwner.Agent, null));
        Assert.Equal(ScannerSilence.Agent, StationScanners.Judge(DeviceOwner.Agent, Live(null)));
    }

    [Fact]
    public void A_connected_agent_with_its_scanner_unplugged_is_not_heard_either()
    {
        Assert.Equal(ScannerSilence.Scanner, StationScanners.Judge(DeviceOwner.Agent, Live(true, Scanner(online: false))));
        Assert.Null(StationScanners.Judge(DeviceOwner.Agent, Live(true, Scanner(online: true))));
    }

    [Fact]
    public void In_local_mode_only_the_scanner_itself_counts()
    {
        Assert.Equal(ScannerSilence.Scanner, StationScanners.Judge(DeviceOwner.Server, Live(null, Scanner(online: false))));
        Assert.Null(StationScanners.Judge(DeviceOwner.Server, Live(false, Scanner(online: true))));
    }

    [Fact]
    public void A_station_without_a_serial_scanner_is_never_called_unheard()
    {
        Assert.Null(StationScanners.Judge(null, null));
        Assert.Null(StationScanners.Judge(null, Live(false, Scanner(online: false))));
    }
}
