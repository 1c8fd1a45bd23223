using System;
using System.Collections.Generic;
using System.Globalization;

namespace DevCred.Samples.CredentialsEmulator;

/// <summary>What the emulator answers; every fault but expired and short-lived touches only the HTTP answer.</summary>
internal enum FaultMode
{
    Normal,
    Slow,
    ServerError,
    Malformed,
    CodeError,
    Expired,
    ShortLived,
    Rotating,
    Dead,
    Truncated,
    Redirect,
    TooManyRequests,
}

internal sealed class EmulatorOptions
{
    public const string Usage = """
        Usage: CredentialsEmulator [options]

        Serves made-up STS credentials on http://127.0.0.1:<port>/credentials the way the credentials service
        of a development environment does (GET -> {"Code":"Success","AccessKeyId":"STS.…",…}). Binds 127.0.0.1 only.
        The first line on stdout is the URI; the log goes to stderr and masks every value.

        Options:
          --port N             port to listen on; 0 picks a free one (default 0)
          --lifetime D         lifetime of each credential (default 1h; short-lived mode: 90s)
          --rotate-every D     issue a new credential every D (default: only when the current one nears expiry)
          --write-file PATH    also write the credentials file (JSON without Code) there, atomically, on every rotation
          --print-env          print the export lines for ALIBABA_CLOUD_CREDENTIALS_URI (and DEVCRED_CREDENTIALS_FILE)
          --ready-file PATH    write the URI to PATH once the server accepts connections
          --mode MODE          normal | slow | 500 | malformed | code-error | expired | short-lived | rotating
                               | dead | truncated | redirect | 429   (default normal)
          --fault-count N      apply the fault to the first N requests only, then answer normally (default 0 = all)
          --delay D            how long slow mode waits before answering (default 15s)
          -h, --help           show this help

        D is a number of seconds or a number with a unit: 500ms, 90s, 15m, 1h.
        """;

    public int Port { get; private set; }

    public TimeSpan? Lifetime { get; private set; }

    public TimeSpan RotateEvery { get; private set; } = TimeSpan.Zero;

    public string? WriteFile { get; private set; }

    public bool PrintEnv { get; private set; }

    public string? ReadyFile { get; private set; }

    public FaultMode Mode { get; private set; } = FaultMode.Normal;

    public int FaultCount { get; private set; }

    public TimeSpan Delay { get; private set; } = TimeSpan.FromSeconds(15);

    public bool ShowHelp { get; private set; }

    public TimeSpan EffectiveLifetime
        => Lifetime ?? (Mode == FaultMode.ShortLived ? TimeSpan.FromSeconds(90) : TimeSpan.FromHours(1));

    private static readonly Dictionary<string, FaultMode> Modes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["normal"] = FaultMode.Normal,
        ["slow"] = FaultMode.Slow,
        ["500"] = FaultMode.ServerError,
        ["malformed"] = FaultMode.Malformed,
        ["code-error"] = FaultMode.CodeError,
        ["expired"] = FaultMode.Expired,
        ["short-lived"] = FaultMode.ShortLived,
        ["rotating"] = FaultMode.Rotating,
        ["dead"] = FaultMode.Dead,
        ["truncated"] = FaultMode.Truncated,
        ["redirect"] = FaultMode.Redirect,
        ["429"] = FaultMode.TooManyRequests,
    };

    public static string ModeName(FaultMode mode)
    {
        foreach (KeyValuePair<string, FaultMode> pair in Modes)
        {
            if (pair.Value == mode)
            {
                return pair.Key;
            }
        }

        return mode.ToString();
    }

    /// <exception cref="FormatException">An option is unknown or its value is invalid.</exception>
    public static EmulatorOptions Parse(string[] args)
    {
        var options = new EmulatorOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            switch (name)
            {
                case "-h":
                case "--help":
                    options.ShowHelp = true;
                    break;
                case "--print-env":
                    options.PrintEnv = true;
                    break;
                case "--port":
                    options.Port = ParseInt(name, Value(args, ref i), 0, 65535);
                    break;
                case "--lifetime":
                    options.Lifetime = ParseDuration(name, Value(args, ref i));
                    if (options.Lifetime <= TimeSpan.Zero)
                    {
                        throw new FormatException("--lifetime must be positive.");
                    }

                    break;
                case "--rotate-every":
                    options.RotateEvery = ParseDuration(name, Value(args, ref i));
                    break;
                case "--write-file":
                    options.WriteFile = Value(args, ref i);
                    break;
                case "--ready-file":
                    options.ReadyFile = Value(args, ref i);
                    break;
                case "--mode":
                    string mode = Value(args, ref i);
                    options.Mode = Modes.TryGetValue(mode, out FaultMode parsed)
                        ? parsed
                        : throw new FormatException($"Unknown mode '{mode}'. Modes: {string.Join(", ", Modes.Keys)}.");
                    break;
                case "--fault-count":
                    options.FaultCount = ParseInt(name, Value(args, ref i), 0, int.MaxValue);
                    break;
                case "--delay":
                    options.Delay = ParseDuration(name, Value(args, ref i));
                    break;
                default:
                    throw new FormatException($"Unknown option '{name}'. Run with --help for the list.");
            }
        }

        return options;
    }

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new FormatException($"{args[i]} needs a value.");
        }

        i++;
        return args[i];
    }

    private static int ParseInt(string name, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new FormatException($"{name} takes a whole number from {min} to {max}, not '{text}'.");
        }

        return value;
    }

    internal static TimeSpan ParseDuration(string name, string text)
    {
        string number = text;
        double scale = 1;
        foreach ((string suffix, double seconds) in new[] { ("ms", 0.001), ("s", 1.0), ("m", 60.0), ("h", 3600.0) })
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                number = text.Substring(0, text.Length - suffix.Length);
                scale = seconds;
                break;
            }
        }

        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            throw new FormatException($"{name} takes a duration such as 90, 90s, 15m or 1h, not '{text}'.");
        }

        return TimeSpan.FromSeconds(value * scale);
    }
}
