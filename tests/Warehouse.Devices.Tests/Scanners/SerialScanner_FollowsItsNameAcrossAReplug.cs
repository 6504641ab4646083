using Warehouse.DeviceSimulators.Terminals;
using Warehouse.Devices.Scanners;
using Warehouse.Devices.Serial;

namespace Warehouse.Devices.Tests.Scanners;

/// <summary>
/// A USB replug re-creates the <c>/dev/serial/by-id</c> link for a new device node, and SerialPort keeps
/// a stale handle to the old one without an error (dotnet/runtime#121627): the driver must notice.
/// </summary>
public sealed class SerialScanner_FollowsItsNameAcrossAReplug : IDisposable
{
    private readonly DirectoryInfo _byId = Directory.CreateTempSubdirectory("warehouse-by-id-");

    private string Link => Path.Combine(_byId.FullName, "usb-Datalogic_QuickScan_QD2430-if00");

    [Fact]
    public async Task The_link_re_created_for_a_new_device_is_followed_and_its_scans_arrive()
    {
        var a = PseudoTerminal.Open();
        File.CreateSymbolicLink(Link, a.SlavePath);
        await using var scanner = Start(Link);
        var backOnline = BackOnline(scanner);
        await ScannerFixtures.WaitOnlineAsync(scanner);
        await a.WriteAsync("FROM-A\r"u8.ToArray(), Deadline.In());
        Assert.Equal("FROM-A", (await ScannerFixtures.NextAsync<ScannedCode>(scanner)).Data);

        // Unplug: the old node goes and its link with it; replug: a new node behind the same name.
        a.Dispose();
        File.Delete(Link);
        using var b = PseudoTerminal.Open();
        File.CreateSymbolicLink(Link, b.SlavePath);

        await backOnline.WaitAsync(Deadline.In());
        await b.WriteAsync("FROM-B\r"u8.ToArray(), Deadline.In());
        Assert.Equal("FROM-B", (await NextCodeAsync(scanner)).Data);
        Assert.Equal(Link, scanner.Path);
    }

    [Fact]
    public async Task A_name_moved_to_another_device_is_followed_even_while_the_old_one_still_answers()
    {
        using var a = PseudoTerminal.Open();
        File.CreateSymbolicLink(Link, a.SlavePath);
        await using var scanner = Start(Link);
        var backOnline = BackOnline(scanner);
        await ScannerFixtures.WaitOnlineAsync(scanner);

        // The old node is still there (nothing fails on the open handle), but the name now leads elsewhere.
        using var b = PseudoTerminal.Open();
        File.Move(Temporary(b.SlavePath), Link, overwrite: true);

        await backOnline.WaitAsync(Deadline.In());
        await b.WriteAsync("FROM-B\r"u8.ToArray(), Deadline.In());
        Assert.Equal("FROM-B", (await NextCodeAsync(scanner)).Data);
        Assert.False(a.IsHeldExclusively);
    }

    private static SerialScanner Start(string path) => SerialScanner.Start(path, new SerialScannerOptions
    {
        IncompleteLineTimeout = TimeSpan.FromMilliseconds(200),
        Reconnect = new ReconnectOptions { FirstRetry = TimeSpan.FromMilliseconds(20), LongestRetry = TimeSpan.FromMilliseconds(100) },
    });

    /// <summary>Completes when the scanner comes back online after having gone.</summary>
    private static Task BackOnline(SerialScanner scanner)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool wentAway = false;
        scanner.HealthChanged += h =>
        {
            if (h is DeviceHealth.Gone) wentAway = true;
            else if (h.IsOnline && wentAway) done.TrySetResult();
        };
        return done.Task;
    }

    /// <summary>The next code, past the fault that reported the device gone.</summary>
    private static async Task<ScannedCode> NextCodeAsync(SerialScanner scanner)
    {
        var deadline = Deadline.In();
        while (true)
        {
            var e = await scanner.Events.ReadAsync(deadline);
            if (e is ScannedCode code) return code;
            Assert.Equal(ScannerFaultKind.DeviceGone, Assert.IsType<ScannerFault>(e).Kind);
        }
    }

    private string Temporary(string target)
    {
        string path = Link + ".new";
        File.CreateSymbolicLink(path, target);
        return path;
    }

    public void Dispose() => _byId.Delete(recursive: true);
}
