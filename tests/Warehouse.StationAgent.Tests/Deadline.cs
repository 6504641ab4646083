namespace Warehouse.StationAgent.Tests;

/// <summary>Every wait in these tests has a deadline, so a broken agent fails the test fast instead of hanging it.</summary>
internal static class Deadline
{
    public static CancellationToken In(double seconds = 5) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
