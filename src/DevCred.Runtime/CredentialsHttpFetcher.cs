using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace DevCred.Runtime;

/// <summary>The validated credential of a successful fetch, with how many requests it took.</summary>
internal sealed class FetchResult(ParsedCredential credential, int attempts, TimeSpan elapsed)
{
    public ParsedCredential Credential { get; } = credential;

    public int Attempts { get; } = attempts;

    public TimeSpan Elapsed { get; } = elapsed;
}

/// <summary>
/// GETs the credentials URI with one long-lived HttpClient: per-attempt timeout and overall deadline through linked
/// cancellation tokens, bounded retries with jitter on transient failures only, a capped body.
/// </summary>
internal sealed class CredentialsHttpFetcher : IDisposable
{
    private static readonly string UserAgent = "DevCred.Runtime/" + typeof(CredentialsHttpFetcher).Assembly.GetName().Version?.ToString(3);

    private readonly HttpClient _client;
    private readonly ProviderSettings _settings;
    private readonly SharedRandom _random;

    public CredentialsHttpFetcher(Uri uri, string redactedUri, ProviderSettings settings, SharedRandom random)
    {
        Uri = uri;
        RedactedUri = redactedUri;
        _settings = settings;
        _random = random;
        _client = new HttpClient(HttpHandlerFactory.Create(uri, settings.ConnectTimeout), disposeHandler: true)
        {
            // Timeouts come from our own tokens so that they are reported as such, not as TaskCanceledException.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
    }

    public Uri Uri { get; }

    public string RedactedUri { get; }

    /// <summary>Throws <see cref="StsCredentialException"/> on failure, <see cref="OperationCanceledException"/> when cancelled.</summary>
    public async Task<FetchResult> FetchAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_settings.RefreshTimeout);

        for (int attempt = 1; ; attempt++)
        {
            Attempt result = await AttemptAsync(deadline.Token, cancellationToken).ConfigureAwait(false);
            if (result.Credential is not null)
            {
                return new FetchResult(result.Credential, attempt, stopwatch.Elapsed);
            }

            TimeSpan delay = RetryTiming.RetryDelay(_settings.RetryDelay, attempt, _settings.RetryJitter, _random.NextDouble());
            if (result.RetryAfter is { } retryAfter && retryAfter > delay)
            {
                delay = retryAfter;
            }

            bool retry = result.Retryable && attempt < _settings.MaxAttempts
                && stopwatch.Elapsed + delay < _settings.RefreshTimeout;
            if (retry)
            {
                try
                {
                    await Task.Delay(delay, deadline.Token).ConfigureAwait(false);
                    continue;
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The deadline fell inside the delay: the last failure says more than "timeout".
                }
            }

            throw result.Failure!(attempt, stopwatch.Elapsed);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<Attempt> AttemptAsync(CancellationToken deadlineToken, CancellationToken cancellationToken)
    {
        using var attemptSource = CancellationTokenSource.CreateLinkedTokenSource(deadlineToken);
        attemptSource.CancelAfter(_settings.AttemptTimeout);
        CancellationToken token = attemptSource.Token;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Uri);
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            using HttpResponseMessage response = await _client
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token)
                .ConfigureAwait(false);

            // Some handlers ignore the token while the body streams; disposing the response unblocks the read.
            using CancellationTokenRegistration registration = token.Register(
                static state => ((HttpResponseMessage)state!).Dispose(), response);
            ResponseBody body = await ResponseBody.ReadAsync(response.Content, _settings.MaxResponseBytes, token)
                .ConfigureAwait(false);
            return Evaluate(response, body);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The provider was disposed.", ex, cancellationToken);
        }
        catch (Exception ex) when (deadlineToken.IsCancellationRequested && IsTransportFailure(ex))
        {
            return Attempt.Fail(false, (n, t) => CredentialErrors.Timeout(RedactedUri, true, _settings.RefreshTimeout, n, t, ex));
        }
        catch (Exception ex) when (token.IsCancellationRequested && IsTransportFailure(ex))
        {
            return Attempt.Fail(true, (n, t) => CredentialErrors.Timeout(RedactedUri, false, _settings.AttemptTimeout, n, t, ex));
        }
        catch (OperationCanceledException ex)
        {
            // Only the handler's own connect timeout cancels without one of our tokens.
            return Attempt.Fail(true, (n, t) => CredentialErrors.ConnectTimeout(RedactedUri, _settings.ConnectTimeout, n, t, ex));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            string detail = DescribeTransportFailure(ex);
            return Attempt.Fail(true, (n, t) => CredentialErrors.ConnectFailed(Uri, RedactedUri, detail, n, t, ex));
        }
    }

    private Attempt Evaluate(HttpResponseMessage response, ResponseBody body)
    {
        int status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            if (body.Oversize)
            {
                return Attempt.Fail(false, (n, t) => CredentialErrors.Oversize(RedactedUri, _settings.MaxResponseBytes, status, n, t));
            }

            ParseResult parsed = CredentialResponseParser.Parse(body.Content, checkCode: true, requireExpiration: true);
            if (parsed.Credential is not null)
            {
                return new Attempt(parsed.Credential, false, null, null);
            }

            // An empty body is what a service that is still starting tends to send.
            bool empty = CredentialResponseParser.IsEmpty(body.Content.Span);
            return Attempt.Fail(
                empty,
                (n, t) => CredentialErrors.FromResponse(parsed, RedactedUri, body.Length, status, n, t));
        }

        (string? code, string? message) = body.Oversize ? (null, null) : CredentialResponseParser.ReadCodeAndMessage(body.Content);
        bool retryable = status is 408 or 429 || status >= 500;
        TimeSpan? retryAfter = status == 429 ? RetryTiming.RetryAfter(response, DateTimeOffset.UtcNow) : null;
        // The standard phrase for the code, not the server's: a reason phrase is free text the server controls.
        string? reason;
        using (var standard = new HttpResponseMessage(response.StatusCode))
        {
            reason = standard.ReasonPhrase;
        }

        return new Attempt(
            null,
            retryable,
            retryAfter,
            (n, t) => CredentialErrors.HttpStatus(RedactedUri, status, reason, body.Length, code, message, n, t));
    }

    private static bool IsTransportFailure(Exception ex)
        => ex is OperationCanceledException or HttpRequestException or IOException or ObjectDisposedException;

    private static string DescribeTransportFailure(Exception ex)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => "connection refused",
                    SocketError.ConnectionReset => "connection reset",
                    SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "host name not resolved",
                    SocketError.TimedOut => "connect timed out",
                    SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
                    var other => "socket error " + other,
                };
            }
        }

        return ex is IOException || ex.InnerException is IOException
            ? "the connection closed before the response was complete"
            : "the request failed";
    }

    /// <summary>One request's outcome: a credential, or a failure that becomes an exception once the totals are known.</summary>
    private sealed class Attempt(
        ParsedCredential? credential,
        bool retryable,
        TimeSpan? retryAfter,
        Func<int, TimeSpan, StsCredentialException>? failure)
    {
        public ParsedCredential? Credential { get; } = credential;

        public bool Retryable { get; } = retryable;

        public TimeSpan? RetryAfter { get; } = retryAfter;

        public Func<int, TimeSpan, StsCredentialException>? Failure { get; } = failure;

        public static Attempt Fail(bool retryable, Func<int, TimeSpan, StsCredentialException> failure)
            => new(null, retryable, null, failure);
    }
}
