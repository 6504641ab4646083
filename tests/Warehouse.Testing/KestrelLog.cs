namespace Warehouse.Testing;

/// <summary>
/// What a started app's own log says about its addresses. A test that picks a free port and waits for /healthz
/// on it can be answered by another test's app that took the port first (ours then stops with "address already
/// in use", seconds later under load): the test would then scan into someone else's warehouse. Only the app's
/// own "Now listening on" line says the port is its.
/// </summary>
public static class KestrelLog
{
    public static bool Listens(IEnumerable<string> lines, int port) =>
        lines.Any(line => line.Contains("Now listening on: ", StringComparison.Ordinal) && line.TrimEnd().EndsWith($":{port}", StringComparison.Ordinal));
}
