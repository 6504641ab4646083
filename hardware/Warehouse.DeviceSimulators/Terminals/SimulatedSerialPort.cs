using Warehouse.Devices.Serial;

namespace Warehouse.DeviceSimulators.Terminals;

/// <summary>
/// A serial device that can be unplugged and plugged back. Its <see cref="Path"/> is a symlink
/// that stays the same across replugs, like <c>/dev/serial/by-id/…</c>, while the pseudo-terminal
/// behind it is new each time.
/// </summary>
public sealed class SimulatedSerialPort : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SerialSettings _settings;
    private PseudoTerminal? _terminal;

    public SimulatedSerialPort(string name, SerialSettings? settings = null, string? linkPath = null)
    {
        _settings = settings ?? SerialSettings.Baud9600Data8NoParity;
        Path = linkPath ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"warehouse-{name}-{Guid.NewGuid():N}"[..^24]);
        Plug();
    }

    /// <summary>The stable name a driver opens.</summary>
    public string Path { get; }

    public bool IsPlugged { get { lock (_gate) return _terminal is not null; } }

    /// <summary>The pseudo-terminal currently behind the port; throws while unplugged.</summary>
    public PseudoTerminal Terminal
    {
        get
        {
            lock (_gate) return _terminal ?? throw new InvalidOperationException($"{Path} is unplugged");
        }
    }

    public event Action<bool>? PluggedChanged;

    public void Plug()
    {
        lock (_gate)
        {
            if (_terminal is not null) return;
            _terminal = PseudoTerminal.Open(_settings);
            // Replace the link atomically so a driver never sees a half-made name.
            string temporary = Path + ".new";
            File.Delete(temporary);
            File.CreateSymbolicLink(temporary, _terminal.SlavePath);
            File.Move(temporary, Path, overwrite: true);
        }

        PluggedChanged?.Invoke(true);
    }

    /// <summary>Pulls the cable: the driver's reads fail with EIO or hang-up, and the name disappears.</summary>
    public void Unplug()
    {
        lock (_gate)
        {
            if (_terminal is null) return;
            File.Delete(Path);
            _terminal.Dispose();
            _terminal = null;
        }

        PluggedChanged?.Invoke(false);
    }

    public void Dispose() => Unplug();
}
