using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Warehouse.StationAgent.Tests;

/// <summary>What the agent logged, kept so that a test that times out can say what the agent saw.</summary>
internal sealed class AgentLog<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.Message)}");

    public override string ToString() => _lines.IsEmpty ? "(nothing logged)" : string.Join(Environment.NewLine, _lines);
}
