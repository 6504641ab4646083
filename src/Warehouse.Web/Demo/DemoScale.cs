using Warehouse.DeviceSimulators.Scales;

namespace Warehouse.Web.Demo;

/// <summary>
/// A packing station's scale in demo mode: an MT-SICS scale simulator on a real pseudo-terminal,
/// read by the same driver as a real scale. It carries what has been scanned into the parcel;
/// a demo or a test can put extra weight on it or make it misbehave.
/// </summary>
public sealed class DemoScale(string stationCode, ScaleSimulator simulator) : IDisposable
{
    private int _parcel;
    private int _extra;
    private DemoScaleFault _fault;

    public string StationCode => stationCode;
    public string Path => simulator.Path;

    /// <summary>Grams put on the scale by hand, on top of the parcel (a wrong item, a forgotten tool).</summary>
    public int ExtraGrams
    {
        get => _extra;
        set { _extra = value; Apply(); }
    }

    public DemoScaleFault Fault
    {
        get => _fault;
        set
        {
            _fault = value;
            simulator.SetMotion(value == DemoScaleFault.StuckInMotion);
            simulator.SetOverload(value == DemoScaleFault.Overload);
            simulator.SetSilent(value == DemoScaleFault.Silent);
        }
    }

    public void SetParcelLoad(int grams)
    {
        if (grams == _parcel) return;
        _parcel = grams;
        Apply();
    }

    /// <summary>Forgets any zero or tare set from the station, as switching the scale off and on does.</summary>
    public void Restart() => simulator.Restart();

    private void Apply() => simulator.SetWeight(Math.Max(0, _parcel + _extra));

    public void Dispose() => simulator.Dispose();
}
