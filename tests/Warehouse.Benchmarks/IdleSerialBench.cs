using System.Diagnostics;
using System.IO.Ports;
using Warehouse.Devices.Serial;
using Warehouse.DeviceSimulators.Terminals;

namespace Warehouse.Benchmarks;

/// <summary>
/// What open serial ports cost while nothing comes (ADR 15): a station's scanner waits for a scan all day, and the
/// demo opens six ports. CPU of this process over the same seconds, three ways in one run: nothing open (the
/// baseline), the ports read through SerialStream as the package reads them (a read always pending), and the ports
/// read through our lines (SerialPort opens them, a copy of each descriptor is waited on in poll()).
/// </summary>
public static class IdleSerialBench
{
    public static async Task RunAsync(int ports, TimeSpan each)
    {
        var idle = await CpuAsync(each, () => Task.FromResult<IDisposable>(new Nothing()));
        var package = await CpuAsync(each, () => Task.FromResult<IDisposable>(new PackageReads(ports)));
        var ours = await CpuAsync(each, async () => await OurReads.OpenAsync(ports));

        Console.WriteLine();
        Console.WriteLine($"## {ports} idle serial ports, {each.TotalSeconds:0} s each");
        Console.WriteLine();
        Console.WriteLine("| how the ports are read | CPU ms a second | ÷ nothing open | CPU ms a second a port over nothing open |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, ms) in new[] { ("nothing open (baseline)", idle), ("SerialStream, a read pending (the package alone)", package), ("ReconnectingSerialLine (poll() on a copy of the descriptor)", ours) })
            Console.WriteLine($"| {name} | {ms:0.0} | {ms / idle:0.0}× | {(ms - idle) / ports:0.00} |");
        Console.WriteLine();
        Console.WriteLine($"The package alone costs {(package - idle) / Math.Max(ours - idle, 0.01):0}× what our lines cost over nothing open.");
    }

    /// <summary>CPU milliseconds a second this process spends while <paramref name="open"/>'s ports wait, after a second to settle.</summary>
    private static async Task<double> CpuAsync(TimeSpan each, Func<Task<IDisposable>> open)
    {
        using var opened = await open();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.Delay(each);
        self.Refresh();
        return (self.TotalProcessorTime - before).TotalMilliseconds / clock.Elapsed.TotalSeconds;
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose() { }
    }

    /// <summary>SerialPort's own stream, one read pending on each, as a driver on the package alone keeps it.</summary>
    private sealed class PackageReads : IDisposable
    {
        private readonly List<SimulatedSerialPort> _devices = [];
        private readonly List<SerialPort> _ports = [];
        private readonly List<Task<int>> _reads = [];

        public PackageReads(int count)
        {
            for (int i = 0; i < count; i++)
            {
                var device = new SimulatedSerialPort($"bench-package-{i}");
                var port = new SerialPort(device.Terminal.SlavePath, 9600, Parity.None, 8, StopBits.One);
                port.Open();
                _devices.Add(device);
                _ports.Add(port);
                _reads.Add(port.BaseStream.ReadAsync(new byte[64], 0, 64));
            }
        }

        public void Dispose()
        {
            foreach (var port in _ports)
            {
                port.BaseStream.Dispose();
                port.Dispose();
            }

            foreach (var read in _reads) read.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
            foreach (var device in _devices) device.Dispose();
        }
    }

    /// <summary>Our lines, each read as a scanner driver reads it: a second's timeout, again and again.</summary>
    private sealed class OurReads : IDisposable
    {
        private readonly List<SimulatedSerialPort> _devices = [];
        private readonly List<ReconnectingSerialLine> _lines = [];
        private readonly CancellationTokenSource _stop = new();
        private readonly List<Task> _readers = [];

        public static async Task<OurReads> OpenAsync(int count)
        {
            var reads = new OurReads();
            for (int i = 0; i < count; i++)
            {
                var device = new SimulatedSerialPort($"bench-ours-{i}");
                var line = new ReconnectingSerialLine(device.Path, SerialSettings.Baud9600Data8NoParity);
                reads._devices.Add(device);
                reads._lines.Add(line);
                await line.ReadAsync(new byte[64], TimeSpan.FromMilliseconds(10));
                if (!line.Health.IsOnline) throw new InvalidOperationException($"{device.Path} did not open: {line.Health}");
                reads._readers.Add(reads.ReadAsync(line));
            }

            return reads;
        }

        private async Task ReadAsync(ReconnectingSerialLine line)
        {
            var buffer = new byte[64];
            try
            {
                while (true) await line.ReadAsync(buffer, TimeSpan.FromSeconds(1), _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            Task.WaitAll(_readers.ToArray(), TimeSpan.FromSeconds(5));
            foreach (var line in _lines) line.Dispose();
            foreach (var device in _devices) device.Dispose();
        }
    }
}
