using System.Text;
using Warehouse.Devices;
using Warehouse.DeviceSimulators.Scanners;
using Warehouse.StationAgent.Devices;
using Warehouse.StationAgent.Journal;
using Warehouse.StationAgent.Printing;

namespace Warehouse.StationAgent.Tests.Devices;

/// <summary>
/// Whatever comes down the scanner's line (noise from a wrong baud rate, a stuck trigger, a hostile
/// device), only whole, clean lines reach the journal, and the next good scan is still read.
/// </summary>
public sealed class AgentDevices_RefusesHostileScannerInput : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly ScannerSimulator _scanner = new();
    private ScanJournal _journal = null!;
    private PrintJobFile _printJobs = null!;
    private readonly AgentLog<AgentDevices> _log = new();
    private AgentDevices _devices = null!;

    public async Task InitializeAsync()
    {
        _journal = ScanJournal.Open(_folder.File("scans"), "PACK-02-test");
        _printJobs = new PrintJobFile(_folder.File("printing"));
        _devices = new AgentDevices(_journal, _printJobs, new AgentOptions { StateFolder = _folder.Path }, _log);
        var online = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _devices.HealthChanged += r =>
        {
            if (r is { Device: "scanner", Online: true }) online.TrySetResult();
        };
        await _devices.ApplyAsync(new DeviceSet(_scanner.Path, "cr", null, "mt-sics", "kg", null));
        if (_devices.Health.Any(r => r is { Device: "scanner", Online: true })) online.TrySetResult();
        await online.Task.WaitAsync(Deadline.In()); // a code sent before the port is open would never be read
    }

    /// <summary>Waits until the journal holds a scan of <paramref name="code"/>; returns everything it holds then.</summary>
    private async Task<List<string>> JournalUntilAsync(string code)
    {
        var deadline = Deadline.In();
        try
        {
            // One look at the journal for both the check and the wait: a scan stored between two looks
            // would otherwise be waited for as if it had not come (that lost wake-up failed CI once).
            for (var held = _journal.After(0); !held.Any(s => s.Code == code); held = _journal.After(0))
                await _journal.WaitForMoreAsync(held.LastOrDefault()?.Sequence ?? 0, deadline);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"{code} not in the journal within the deadline; it holds [{string.Join(", ", _journal.After(0).Select(s => s.Code.Length > 20 ? s.Code[..20] + "…" : s.Code))}]; " +
                $"health: {string.Join("; ", _devices.Health)}; the agent logged:{Environment.NewLine}{_log}");
        }

        return [.. _journal.After(0).Select(s => s.Code)];
    }

    [Fact]
    public async Task Binary_noise_is_not_a_scan_and_the_next_scan_is_read()
    {
        await _scanner.SendGarbageAsync(200, seed: 7, cancellationToken: Deadline.In());
        await _scanner.SendAsync((byte[])[0xC3, 0x28, 0xA0, 0xFF, (byte)'X', (byte)'\r'], Deadline.In()); // printable, but not UTF-8
        await _scanner.ScanAsync("AFTER-NOISE", cancellationToken: Deadline.In());

        Assert.Equal(["AFTER-NOISE"], await JournalUntilAsync("AFTER-NOISE"));
    }

    [Fact]
    public async Task A_64_KB_line_is_not_a_scan_and_the_next_scan_is_read()
    {
        await _scanner.SendOverlongLineAsync(64 * 1024, Deadline.In());
        await _scanner.ScanAsync("AFTER-LONG", cancellationToken: Deadline.In());

        Assert.Equal(["AFTER-LONG"], await JournalUntilAsync("AFTER-LONG"));
        Assert.True(new FileInfo(_folder.File("scans", "scans.log")).Length < 1024, "nothing of the long line was written");
    }

    [Fact]
    public async Task A_line_of_the_longest_length_taken_is_a_scan_kept_whole()
    {
        var longest = string.Concat(Enumerable.Repeat("0123456789ABCDEF", 256)); // 4096 bytes

        await _scanner.ScanAsync(longest, cancellationToken: Deadline.In());
        await _scanner.ScanAsync("NEXT", cancellationToken: Deadline.In());

        Assert.Equal([longest, "NEXT"], await JournalUntilAsync("NEXT"));
        Assert.Equal(4096, Encoding.UTF8.GetByteCount(_journal.After(0)[0].Code));
    }

    [Fact]
    public async Task Noise_and_overlong_lines_in_a_burst_between_good_scans_leave_just_the_good_scans_in_order()
    {
        await _scanner.ScanAsync("GOOD-1", cancellationToken: Deadline.In());
        await _scanner.SendGarbageAsync(64, seed: 3, cancellationToken: Deadline.In());
        await _scanner.SendOverlongLineAsync(10_000, Deadline.In());
        await _scanner.ScanAsync("GOOD-2", cancellationToken: Deadline.In());
        await _scanner.SendGarbageAsync(500, seed: 11, cancellationToken: Deadline.In());
        await _scanner.ScanAsync("GOOD-3", cancellationToken: Deadline.In());

        Assert.Equal(["GOOD-1", "GOOD-2", "GOOD-3"], await JournalUntilAsync("GOOD-3"));
        Assert.Contains(_devices.Health, r => r is { Device: "scanner", Online: true });
    }

    public async Task DisposeAsync()
    {
        await _devices.DisposeAsync();
        _journal.Dispose();
        _printJobs.Dispose();
        _scanner.Dispose();
        _folder.Dispose();
    }
}
