using System;
using System.Globalization;
using System.Threading.Tasks;
using DevCred.Runtime;

namespace SdkFamilies;

/// <summary>
/// Runs one sample per SDK family: each builds its client in the STS form and makes two requests. Usage:
/// <c>SdkFamilies [--pause SECONDS]</c>. Needs the STS credentials of a development environment
/// (<c>ALIBABA_CLOUD_CREDENTIALS_URI</c> or the credentials file); samples/CredentialsEmulator serves them locally.
/// The Tablestore family reads <c>ALIBABA_CLOUD_ACCESS_KEY_ID</c>/<c>_SECRET</c> and is skipped without them.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        TimeSpan pause = TimeSpan.Zero;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--pause" && i + 1 < args.Length
                && double.TryParse(args[i + 1].TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
                && seconds >= 0)
            {
                pause = TimeSpan.FromSeconds(seconds);
                i++;
            }
            else
            {
                Console.Error.WriteLine("Usage: SdkFamilies [--pause SECONDS]   (wait between the two requests of each family)");
                return 2;
            }
        }

        var pacing = new RequestPacing(pause);
        (string Title, Func<RequestPacing, Task> Run)[] families =
        {
            (OpenApiClientFamily.Title, OpenApiClientFamily.RunAsync),
            (OssV1Family.Title, OssV1Family.RunAsync),
            (OssV2Family.Title, OssV2Family.RunAsync),
            (SlsFamily.Title, SlsFamily.RunAsync),
            (AcsCoreFamily.Title, AcsCoreFamily.RunAsync),
            (MnsFamily.Title, MnsFamily.RunAsync),
            (TablestoreFamily.Title, TablestoreFamily.RunAsync),
        };

        try
        {
            for (int i = 0; i < families.Length; i++)
            {
                Console.WriteLine($"== {i + 1}/{families.Length} {families[i].Title}");
                await families[i].Run(pacing);
            }
        }
        catch (StsCredentialException ex)
        {
            Console.Error.WriteLine($"No STS credential ({ex.Kind}): {ex.Message}");
            if (ex.Kind == StsCredentialErrorKind.NotConfigured)
            {
                Console.Error.WriteLine(
                    "To try it locally: run samples/CredentialsEmulator and set ALIBABA_CLOUD_CREDENTIALS_URI to the URI it prints.");
            }

            return 1;
        }

        Console.WriteLine($"STS credentials from {StsCredentialProvider.Default.Source}");
        return 0;
    }
}
