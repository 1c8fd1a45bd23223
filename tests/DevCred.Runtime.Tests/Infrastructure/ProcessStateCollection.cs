using System;
using System.Collections.Generic;
using Xunit;

namespace DevCred.Runtime.Tests.Infrastructure;

/// <summary>
/// Tests that change environment variables or HttpClient.DefaultProxy: they run alone, after the parallel ones,
/// and put everything back.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "Process-wide state";
}

/// <summary>Sets environment variables for one test and restores the previous values on dispose.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly Dictionary<string, string?> _saved = new();

    public EnvironmentScope Set(string name, string? value)
    {
        if (!_saved.ContainsKey(name))
        {
            _saved[name] = Environment.GetEnvironmentVariable(name);
        }

        Environment.SetEnvironmentVariable(name, value);
        return this;
    }

    /// <summary>Clears every variable the provider reads, so that the machine's own values cannot leak in.</summary>
    public static EnvironmentScope Clean()
        => new EnvironmentScope()
            .Set("ALIBABA_CLOUD_CREDENTIALS_URI", null)
            .Set("DEVCRED_CREDENTIALS_FILE", null)
            .Set("ALIBABA_CLOUD_DISABLE_EXTERNAL_PROCESS", null)
            .Set("ALIBABA_CLOUD_CREDENTIALS_FILE", null);

    public void Dispose()
    {
        foreach (KeyValuePair<string, string?> saved in _saved)
        {
            Environment.SetEnvironmentVariable(saved.Key, saved.Value);
        }
    }
}
