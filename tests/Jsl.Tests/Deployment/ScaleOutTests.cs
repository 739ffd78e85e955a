using System.Text.RegularExpressions;
using Jsl.Tests.Peers;
using Jsl.Tests.Sockets.Scripts;
using Jsl.Tests.Support;

namespace Jsl.Tests.Deployment;

/// <summary>
/// docs/deployment.md's scale-out, as shipped in examples/deploy/nginx-stream.conf: nginx's stream
/// module in front of two jsl echo servers (examples/tagged_echo_server.jsl, tagged "first" and
/// "second"). Both serve; after one is stopped every connection is still answered, by the other.
/// nginx runs in the foreground with its own prefix, on loopback ports only.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed partial class ScaleOutTests
{
    private const string StreamModule = "/usr/lib/nginx/modules/ngx_stream_module.so";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [GeneratedRegex(@"listening on \S+ port (\d+)")]
    private static partial Regex ListeningLine();

    private static string Example(params string[] parts) => Path.Combine([RepositoryPaths.Examples, .. parts]);

    [SkippableFact]
    public void Two_jsl_servers_behind_nginx_both_serve_and_traffic_goes_on_when_one_stops()
    {
        PeerPrograms.Require("nginx");
        RequireStreamModule();
        using var first = StartEchoServer("first", out var firstPort);
        using var second = StartEchoServer("second", out var secondPort);
        using var nginx = NginxServer.Start((prefix, port) => Configuration(prefix, port, firstPort, secondPort));

        var tags = Enumerable.Range(1, 6).Select(i => Tag(TaggedEchoClient.Ask(nginx.Port, "ping " + i), "ping " + i)).ToList();
        Assert.True(tags.Contains("first") && tags.Contains("second"), $"nginx did not spread the connections over both servers: {string.Join(", ", tags)}\n{nginx.ErrorLog}");

        second.Signal("TERM");
        Assert.Equal(143, second.WaitForExit(TimeSpan.FromSeconds(10)));
        var after = Enumerable.Range(1, 6).Select(i => Tag(TaggedEchoClient.Ask(nginx.Port, "after " + i), "after " + i)).ToList();
        Assert.All(after, tag => Assert.Equal("first", tag));
        Assert.Equal("", first.Stderr);
    }

    [Fact]
    public void The_configuration_on_docs_deployment_md_is_the_shipped_file()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "deployment.md"));
        var block = Regex.Match(page, @"^```nginx\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(block.Success, "docs/deployment.md has no nginx block");
        var shipped = File.ReadAllLines(Example("deploy", "nginx-stream.conf")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var line in block.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.True(shipped.Contains(line), "a line of docs/deployment.md's nginx block is not in examples/deploy/nginx-stream.conf: " + line);
        }
    }

    /// <summary>The tag of a reply "TAG line", after checking the line came back whole.</summary>
    private static string Tag(string reply, string line)
    {
        Assert.EndsWith(" " + line, reply, StringComparison.Ordinal);
        return reply[..^(line.Length + 1)];
    }

    private static JslServerProcess StartEchoServer(string tag, out int port)
    {
        var server = JslServerProcess.Start(Example("tagged_echo_server.jsl"), new Dictionary<string, string> { ["JSL_PORT"] = "0", ["JSL_TAG"] = tag });
        port = server.WaitForPort(ListeningLine(), Bound);
        return server;
    }

    /// <summary>
    /// The shipped configuration with the test's ports (loopback only), run in the foreground as
    /// one process with every file inside the prefix.
    /// </summary>
    private static string Configuration(string prefix, int listenPort, int firstPort, int secondPort)
    {
        var shipped = File.ReadAllText(Example("deploy", "nginx-stream.conf"));
        foreach (var expected in new[] { "server 127.0.0.1:7001 ", "server 127.0.0.1:7002 ", "listen 7000;", "worker_processes auto;" })
        {
            Assert.Contains(expected, shipped, StringComparison.Ordinal);
        }
        var conf = shipped
            .Replace("server 127.0.0.1:7001 ", $"server 127.0.0.1:{firstPort} ", StringComparison.Ordinal)
            .Replace("server 127.0.0.1:7002 ", $"server 127.0.0.1:{secondPort} ", StringComparison.Ordinal)
            .Replace("listen 7000;", $"listen 127.0.0.1:{listenPort};", StringComparison.Ordinal)
            .Replace("worker_processes auto;", "worker_processes 1;", StringComparison.Ordinal);
        return $"daemon off;\nmaster_process off;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log warn;\n{conf}";
    }

    private static void RequireStreamModule()
    {
        if (File.Exists(StreamModule)) return;
        var message = $"nginx's stream module ({StreamModule}) is not installed (apt-get install libnginx-mod-stream to run this test)";
        if (PeerPrograms.Required) throw new InvalidOperationException(message + "; JSL_REQUIRE_PEERS=1 makes this a failure");
        Skip.If(true, message);
    }
}
