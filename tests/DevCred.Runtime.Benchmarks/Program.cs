using BenchmarkDotNet.Running;

namespace DevCred.Runtime.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release -- --filter '*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
