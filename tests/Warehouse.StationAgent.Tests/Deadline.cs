namespace Warehouse.StationAgent.Tests;

/// <summary>Every wait in these tests has a deadline, so a broken agent fails the test fast instead of hanging it.</summary>
/// <remarks>
/// A guard against hangs, not a measure of speed: a CI machine running every suite at once can stall
/// a thread for seconds, so it is generous. Speed is measured in tests/Warehouse.Benchmarks.
/// </remarks>
internal static class Deadline
{
    public static CancellationToken In(double seconds = 30) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
