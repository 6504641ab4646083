using Warehouse.Core.Packing;
using Warehouse.StationLink;
using Warehouse.Core.Stations;

namespace Warehouse.Web.Agents;

/// <summary>An agent's scale reading as the packing station takes it.</summary>
public static class AgentWeights
{
    // Heavier than any parcel a shipping scale takes: a frame claiming more is nonsense, not a weight.
    private const int MaxGrams = 1_000_000;

    public static WeightReading ToReading(Weight w, DateTime now)
    {
        if (w.Grams is > MaxGrams or < -MaxGrams) return new WeightReading(0, false, now, null, "scale.fault");
        return w.State switch
        {
            // The agent says for how long, not since when: the two PCs' clocks need not agree.
            Weight.Types.State.Stable => new WeightReading(w.Grams, true, now, now - TimeSpan.FromMilliseconds(Math.Clamp(w.StableForMs, 0, 3_600_000))),
            Weight.Types.State.Motion => new WeightReading(w.Grams, false, now, null),
            Weight.Types.State.Overload => new WeightReading(0, false, now, null, "scale.overload"),
            Weight.Types.State.Underload => new WeightReading(0, false, now, null, "scale.underload"),
            Weight.Types.State.Silent => new WeightReading(0, false, now, null, "scale.silent"),
            _ => new WeightReading(0, false, now, null, "scale.fault"),
        };
    }
}
