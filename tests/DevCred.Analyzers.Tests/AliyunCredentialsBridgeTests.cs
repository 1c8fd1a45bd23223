using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DevCred.Analyzers.Bridges;
using DevCred.Analyzers.Tests.StandIns;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DevCred.Analyzers.Tests;

/// <summary>
/// The generated Aliyun.Credentials bridge, compiled with the generator as users get it and run against a real
/// credentials service on 127.0.0.1: the Client must hand out the values the service served.
/// </summary>
public sealed class AliyunCredentialsBridgeTests
{
    private const string Probe = """
        public static class Probe
        {
            public static string[] Run(string uri)
            {
                using var provider = new DevCred.Runtime.StsCredentialProvider(
                    new DevCred.Runtime.StsCredentialProviderOptions { CredentialsUri = uri, UseEnvironmentVariables = false });
                var client = new Aliyun.Credentials.Client(new DevCred.Runtime.Bridges.DevCredAliyunCredentialsProvider(provider));
                var model = client.GetCredential();
                return new[] { model.AccessKeyId, model.AccessKeySecret, model.SecurityToken, model.Type, model.Expiration.ToString() };
            }
        }
        """;

    [Fact]
    public void Generator_EmitsNothingWithoutAliyunCredentials()
    {
        var (_, generated) = RunGenerator(Probe.Replace("Aliyun.Credentials.Client", "object"), includeStandIns: false);
        Assert.Empty(generated);
    }

    [Fact]
    public async Task GeneratedBridge_HandsTheServedStsValuesToTheClient()
    {
        var (compilation, generated) = RunGenerator(Probe, includeStandIns: true);
        Assert.Equal(AliyunCredentialsBridgeGenerator.HintName, Path.GetFileName(Assert.Single(generated).FilePath));

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        Assembly assembly = Assembly.Load(stream.ToArray());

        DateTimeOffset expiration = DateTimeOffset.UtcNow.AddHours(1);
        string body = "{\"Code\":\"Success\",\"AccessKeyId\":\"STS.NVxcwrWVZweDCtZXhgsC7VLA6\","
            + "\"AccessKeySecret\":\"btymh3fSVipgiBg1va543DyGf2rWMVevDaFhKY1j6WiJ\",\"SecurityToken\":\"CAIS-test-token\","
            + "\"Expiration\":\"" + expiration.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) + "\"}";
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Task server = ServeOnceAsync(listener, body);

        string uri = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/credentials";
        var values = (string[])assembly.GetType("Probe")!.GetMethod("Run")!.Invoke(null, new object[] { uri })!;
        await server;

        Assert.Equal("STS.NVxcwrWVZweDCtZXhgsC7VLA6", values[0]);
        Assert.Equal("btymh3fSVipgiBg1va543DyGf2rWMVevDaFhKY1j6WiJ", values[1]);
        Assert.Equal("CAIS-test-token", values[2]);
        Assert.Equal("sts", values[3]);
        Assert.Equal(expiration.ToUnixTimeSeconds() * 1000, long.Parse(values[4], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static (Compilation Compilation, ImmutableArray<SyntaxTree> Generated) RunGenerator(string source, bool includeStandIns)
    {
        var trees = new[] { source }.Concat(includeStandIns ? new[] { AliyunCredentialsStandIns.Source } : Array.Empty<string>())
            .Select(text => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest)));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(Verifiers.TestReferences.DevCredRuntime);
        var compilation = CSharpCompilation.Create(
            "BridgeProbe" + Guid.NewGuid().ToString("N"),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        CSharpGeneratorDriver.Create(new AliyunCredentialsBridgeGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        return (output, output.SyntaxTrees.Skip(compilation.SyntaxTrees.Count()).ToImmutableArray());
    }

    private static async Task ServeOnceAsync(TcpListener listener, string body)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using TcpClient client = await listener.AcceptTcpClientAsync(cancellation.Token);
        using NetworkStream stream = client.GetStream();
        var buffer = new byte[4096];
        var request = new StringBuilder();
        while (!request.ToString().Contains("\r\n\r\n"))
        {
            int read = await stream.ReadAsync(buffer, cancellation.Token);
            if (read == 0)
            {
                break;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        byte[] payload = Encoding.UTF8.GetBytes(body);
        byte[] head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head, cancellation.Token);
        await stream.WriteAsync(payload, cancellation.Token);
    }
}
