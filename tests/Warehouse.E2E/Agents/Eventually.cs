namespace Warehouse.E2E.Agents;

/// <summary>Waits for something another process does (a row in its database, a file it writes), which nothing here can await.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan within, Func<string> explain)
    {
        var until = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail($"Not within {within.TotalSeconds:0} s: {explain()}");
            await Task.Delay(100);
        }
    }
}
