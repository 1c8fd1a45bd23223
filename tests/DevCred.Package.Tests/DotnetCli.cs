using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Package.Tests;

internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>The command and the end of its output, for assertion messages.</summary>
    public string Describe(int tailLines = 60)
    {
        string[] lines = Output.Split('\n');
        string tail = string.Join("\n", lines.Skip(Math.Max(0, lines.Length - tailLines)));
        return $"`{CommandLine}` exited with {ExitCode}; output (last {tailLines} lines):\n{tail}";
    }
}

/// <summary>Runs the dotnet CLI the way a user's shell would, without what the test host inherited from MSBuild.</summary>
internal static class DotnetCli
{
    public static async Task<ProcessResult> RunAsync(
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        TimeSpan timeout,
        params string[] arguments)
        => await RunProcessAsync("dotnet", workingDirectory, environment, timeout, arguments);

    public static async Task<ProcessResult> RunProcessAsync(
        string fileName,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        TimeSpan timeout,
        params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // `dotnet test` runs this host under MSBuild, whose variables would steer a nested build to the wrong SDK
        // parts; build servers left running would hold the output pipes open.
        foreach (string name in startInfo.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["UseSharedCompilation"] = "false";
        foreach (KeyValuePair<string, string?> pair in environment)
        {
            if (pair.Value is null)
            {
                startInfo.Environment.Remove(pair.Key);
            }
            else
            {
                startInfo.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"`{fileName} {string.Join(" ", arguments)}` did not finish within {timeout}. Output so far:\n{Snapshot(output)}");
        }

        return new ProcessResult($"{fileName} {string.Join(" ", arguments)}", process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
