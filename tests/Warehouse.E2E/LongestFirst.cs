using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Warehouse.E2E.LongestFirst", "Warehouse.E2E")]

namespace Warehouse.E2E;

/// <summary>
/// A class that takes minutes, marked with roughly how many: two classes run at a time, and a run whose
/// longest class starts halfway ends with one lane busy and the other idle (seen: the last ~3 minutes at
/// 72 % of the cores). Longest first, the short classes fill the end.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TakesMinutesAttribute(int minutes) : Attribute
{
    public int Minutes { get; } = minutes;
}

/// <summary>Starts the classes marked <see cref="TakesMinutesAttribute"/>, longest first, then the rest in xUnit's own order.</summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly Dictionary<string, int> Minutes = typeof(LongestFirst).Assembly.GetTypes()
        .Select(t => (Name: "Test collection for " + t.FullName, t.GetCustomAttribute<TakesMinutesAttribute>()?.Minutes))
        .Where(t => t.Minutes is not null)
        .ToDictionary(t => t.Name, t => t.Minutes!.Value);

    private readonly DefaultTestCollectionOrderer _xunits = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _xunits.OrderTestCollections(testCollections).OrderByDescending(MinutesOf); // a stable sort: ties keep xUnit's order

    private static int MinutesOf(ITestCollection collection) =>
        Minutes.FirstOrDefault(m => collection.DisplayName == m.Key || collection.DisplayName.StartsWith(m.Key + " ", StringComparison.Ordinal)).Value;
}
