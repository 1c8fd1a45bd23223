using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using Microsoft.Extensions.Logging;

namespace DevCred.Runtime.Tests.Infrastructure;

/// <summary>Keeps every log line with its structured values and exception text.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly ConcurrentQueue<(LogLevel Level, EventId Id, string Text)> _entries = new();

    public IReadOnlyCollection<(LogLevel Level, EventId Id, string Text)> Entries => _entries.ToArray();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = new StringBuilder(formatter(state, exception));
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (KeyValuePair<string, object?> value in values)
            {
                text.Append(" | ").Append(value.Key).Append('=').Append(value.Value);
            }
        }

        if (exception is not null)
        {
            text.Append(" | ").Append(exception);
        }

        _entries.Enqueue((logLevel, eventId, text.ToString()));
    }
}
