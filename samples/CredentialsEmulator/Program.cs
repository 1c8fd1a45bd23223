using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Samples.CredentialsEmulator;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        EmulatorOptions options;
        try
        {
            options = EmulatorOptions.Parse(args);
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine($"CredentialsEmulator: {ex.Message}");
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(EmulatorOptions.Usage);
            return 0;
        }

        using var stopping = new CancellationTokenSource();
        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        var store = new CredentialStore(options, Log);
        using var server = new CredentialsServer(options, store, Log);
        try
        {
            server.Start();
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            Console.Error.WriteLine($"CredentialsEmulator: cannot listen on 127.0.0.1:{options.Port}: {ex.Message}");
            return 1;
        }

        // Scripts read the first stdout line; keep it the bare URI.
        Console.WriteLine(server.Uri);
        if (options.PrintEnv)
        {
            Console.WriteLine($"export ALIBABA_CLOUD_CREDENTIALS_URI={server.Uri}");
            if (options.WriteFile is not null)
            {
                Console.WriteLine($"export DEVCRED_CREDENTIALS_FILE={Path.GetFullPath(options.WriteFile)}");
            }
        }

        Log($"listening on {server.Uri} (mode {EmulatorOptions.ModeName(options.Mode)}"
            + (options.FaultCount > 0 ? $" for the first {options.FaultCount} requests" : "")
            + $", lifetime {options.EffectiveLifetime}"
            + (options.RotateEvery > TimeSpan.Zero ? $", rotating every {options.RotateEvery}" : "")
            + "); Ctrl+C stops");

        Task rotation = options.RotateEvery > TimeSpan.Zero
            ? RotateAsync(store, options.RotateEvery, stopping.Token)
            : Task.CompletedTask;

        if (options.ReadyFile is not null)
        {
            CredentialStore.WriteTextAtomically(options.ReadyFile, server.Uri + "\n");
        }

        await server.RunAsync(stopping.Token);
        await rotation;
        Log($"stopped after {server.RequestCount} request(s)");
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.Cancel();
        }
    }

    private static async Task RotateAsync(CredentialStore store, TimeSpan every, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                store.Rotate();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The log goes to stderr so that stdout stays machine-readable; callers pass masked values only.</summary>
    private static void Log(string message)
        => Console.Error.WriteLine($"[emulator {DateTimeOffset.UtcNow:HH:mm:ss.fff}] {message}");
}
