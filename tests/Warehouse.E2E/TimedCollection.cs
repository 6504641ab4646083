namespace Warehouse.E2E;

/// <summary>
/// Acceptance tests that time what they check (the scanner-down banner within 2 s of an agent's
/// death): they run after the other classes, with no class beside them, so a second app and
/// Chromium on the same two cores do not eat into the time they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    public const string Name = "timed, run alone";
}
