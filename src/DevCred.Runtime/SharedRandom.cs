using System;

namespace DevCred.Runtime;

/// <summary>A lock-protected <see cref="Random"/>: netstandard2.0 has no Random.Shared, and draws happen off the fast path.</summary>
internal sealed class SharedRandom
{
    private readonly Random _random = new();

    public double NextDouble()
    {
        lock (_random)
        {
            return _random.NextDouble();
        }
    }
}
