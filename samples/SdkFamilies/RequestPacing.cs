using System;
using System.Globalization;
using System.Threading.Tasks;

namespace SdkFamilies;

/// <summary>
/// Every family makes two requests with one client. Between them it can wait (<c>--pause</c>), so that DevCred.Runtime's
/// cached STS credential is due for refresh by the second request when the credentials are short-lived.
/// </summary>
internal sealed class RequestPacing
{
    public const int Requests = 2;

    private readonly TimeSpan _pause;

    public RequestPacing(TimeSpan pause)
    {
        _pause = pause;
    }

    public async Task BeforeRequestAsync(int request)
    {
        if (request > 1 && _pause > TimeSpan.Zero)
        {
            Console.WriteLine($"  (waiting {_pause.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s)");
            await Task.Delay(_pause).ConfigureAwait(false);
        }

        Console.WriteLine($"  request {request}:");
    }
}
