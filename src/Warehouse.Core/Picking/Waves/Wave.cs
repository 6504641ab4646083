namespace Warehouse.Core.Picking.Waves;

/// <summary>
/// Orders a supervisor sent to the pickers together. Released in steps that each commit on their own —
/// the wave and its chosen orders, then each order's allocation, then the pick lists — so a wave cut
/// off halfway (a crash, a restart) is finished from where it stopped (<see cref="WaveRelease.ResumeAsync"/>).
/// </summary>
public sealed class Wave
{
    public int Id { get; private set; }

    /// <summary>What the floor calls it: W-00012.</summary>
    public string Number => WaveNumbers.Format(Id);

    public DateTime CreatedUtc { get; private set; }
    public int? ReleasedById { get; private set; }

    /// <summary>How the orders were chosen, as the supervisor gave it (order numbers or the rule).</summary>
    public string Rule { get; private set; } = "";

    public PickingMode Mode { get; private set; }

    /// <summary>Orders picked together onto one cart in batch picking, one tote each.</summary>
    public int TotesPerCart { get; private set; }

    public WaveState State { get; private set; }
    public DateTime? ReleasedUtc { get; private set; }

    public List<WaveOrder> Orders { get; private set; } = [];

    private Wave() { }

    public static Wave Start(DateTime now, int? releasedById, string rule, PickingMode mode, int totesPerCart, IEnumerable<(int Id, string Number)> orders) => new()
    {
        CreatedUtc = now, ReleasedById = releasedById, Rule = rule.Length > 300 ? rule[..300] : rule, Mode = mode,
        TotesPerCart = mode == PickingMode.Single ? 1 : totesPerCart, State = WaveState.Building,
        Orders = orders.Select((o, i) => new WaveOrder { OrderId = o.Id, OrderNumber = o.Number, Position = i }).ToList(),
    };

    /// <summary>Its pick lists are made: the pickers see them.</summary>
    public void Released(DateTime now)
    {
        State = WaveState.Released;
        ReleasedUtc = now;
    }

    public void Finished() => State = WaveState.Done;
}

/// <summary>Building until its pick lists exist; released while picked; done when every list is.</summary>
public enum WaveState
{
    Building,
    Released,
    Done,
}

/// <summary>One order per tote (single), or several orders onto a cart of totes in one walk (batch, or cluster, picking).</summary>
public enum PickingMode
{
    Single,
    Batch,
}

/// <summary>The floor's names for waves and pick lists, printed and scanned.</summary>
public static class WaveNumbers
{
    public static string Format(int waveId) => $"W-{waveId:D5}";

    public static string PickList(int pickListId) => $"PL-{pickListId:D6}";
}
