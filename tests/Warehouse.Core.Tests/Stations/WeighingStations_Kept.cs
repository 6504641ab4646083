using Warehouse.Core.Stations;

namespace Warehouse.Core.Tests.Stations;

/// <summary>
/// Whether a station has something to weigh is asked of the database once and then kept for a while, not at every
/// one of its scale's five readings a second; a step committed at the station makes it ask again at once.
/// </summary>
public sealed class WeighingStations_Kept
{
    private int _asked;

    private Func<Task<bool>> Answer(bool weighs) => () => { _asked++; return Task.FromResult(weighs); };

    [Fact]
    public async Task Readings_in_a_row_ask_once()
    {
        var weighing = new WeighingStations(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 5; i++) Assert.False(await weighing.WeighsAsync("PACK-01", Answer(false)));
        Assert.Equal(1, _asked);
        Assert.True(await weighing.WeighsAsync("PACK-02", Answer(true))); // each station its own answer
        Assert.False(await weighing.WeighsAsync("pack-01", Answer(true))); // and a code's case does not matter
        Assert.Equal(2, _asked);
    }

    [Fact]
    public async Task A_step_committed_at_the_station_asks_again_at_once()
    {
        var weighing = new WeighingStations(TimeSpan.FromMinutes(1));
        Assert.False(await weighing.WeighsAsync("PACK-01", Answer(false)));
        weighing.Forget("PACK-01"); // an order opened: the station has a task now
        Assert.True(await weighing.WeighsAsync("PACK-01", Answer(true)));
        Assert.Equal(2, _asked);
    }

    [Fact]
    public async Task An_answer_read_while_a_step_was_committed_is_not_kept()
    {
        var weighing = new WeighingStations(TimeSpan.FromMinutes(1));
        // Read before the commit, returned after it: it may be the old state, so it is used once and not kept.
        Assert.False(await weighing.WeighsAsync("PACK-01", () => { _asked++; weighing.Forget("PACK-01"); return Task.FromResult(false); }));
        Assert.True(await weighing.WeighsAsync("PACK-01", Answer(true)));
        Assert.Equal(2, _asked);
    }

    [Fact]
    public async Task An_answer_is_kept_only_for_its_while()
    {
        var weighing = new WeighingStations(TimeSpan.FromMilliseconds(50));
        Assert.False(await weighing.WeighsAsync("PACK-01", Answer(false)));
        await Task.Delay(120); // a task opened at another instance, which cannot tell this one
        Assert.True(await weighing.WeighsAsync("PACK-01", Answer(true)));
        Assert.Equal(2, _asked);
    }
}
