using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Warehouse.E2E;

/// <summary>
/// The app's last log lines, kept in memory so a failing Chromium test can say what the server was doing
/// (a scan that never came back: did it reach the circuit, the pipeline, the database?).
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private const int Kept = 300;
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The last <paramref name="count"/> lines, oldest first.</summary>
    public IReadOnlyList<string> Last(int count) => _lines.ToArray().TakeLast(count).ToList();

    private void Add(string line)
    {
        _lines.Enqueue(line);
        while (_lines.Count > Kept) _lines.TryDequeue(out _);
    }

    public void Dispose() { }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        // Blazor's server side at Debug: every call from the browser into .NET (scans, renders' acknowledgements)
        // shows, so a lost scan can be placed.
        public bool IsEnabled(LogLevel level) =>
            level >= LogLevel.Warning
            || level >= LogLevel.Information && category.StartsWith("Warehouse", StringComparison.Ordinal)
            || level >= LogLevel.Debug && category.StartsWith("Microsoft.AspNetCore.Components.Server", StringComparison.Ordinal);

        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? error, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(level)) return;
            var text = formatter(state, error);
            if (text.Length > 300) text = text[..300] + "…";
            log.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {level} {category[(category.LastIndexOf('.') + 1)..]}: {text}{(error is null ? "" : " ! " + error.GetType().Name + ": " + error.Message)}");
        }
    }
}
