using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Jsl.Tests.Peers;

/// <summary>
/// nginx on a free loopback port with its own temporary prefix and configuration, in the
/// foreground as a single process, serving <see cref="IndexBody"/> at <c>/</c> (and any
/// <see cref="AddFile"/>). Startup is bounded; disposing stops it and removes the prefix.
/// Create it inside a <c>[SkippableFact]</c>: a missing nginx skips the test.
/// </summary>
internal sealed class NginxServer : IDisposable
{
    /// <summary>The body of <c>/index.html</c>, served for <c>GET /</c>.</summary>
    public const string IndexBody = "<html><body>jsl test page</body></html>\n";

    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(10);

    private readonly string prefix;
    private readonly PeerProcess process;

    private NginxServer(string prefix, int port, PeerProcess process)
    {
        this.prefix = prefix;
        Port = port;
        this.process = process;
    }

    /// <summary>The loopback port nginx listens on.</summary>
    public int Port { get; }

    /// <summary>Always <c>127.0.0.1</c>.</summary>
    public static string Host => "127.0.0.1";

    /// <summary>The site's root URL, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseUri => new($"http://{Host}:{Port}/");

    /// <summary>nginx's own error log, for failure messages.</summary>
    public string ErrorLog => File.Exists(Path.Combine(prefix, "error.log")) ? File.ReadAllText(Path.Combine(prefix, "error.log")) : "";

    /// <summary>Starts nginx; retries on another port if the chosen one was taken meanwhile.</summary>
    public static NginxServer Start() => Start(WriteSite);

    /// <summary>
    /// Starts nginx with the configuration <paramref name="configuration"/> returns for a prefix
    /// folder and a free loopback port (it must listen there, in the foreground, every path inside
    /// the prefix); retries on another port if the chosen one was taken meanwhile.
    /// </summary>
    public static NginxServer Start(Func<string, int, string> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var nginx = PeerPrograms.Require("nginx");
        var failures = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var prefix = Directory.CreateTempSubdirectory("jsl-nginx-").FullName;
            var port = FreePort.Tcp();
            File.WriteAllText(Path.Combine(prefix, "nginx.conf"), configuration(prefix, port));
            var process = PeerProcess.Start(nginx, ["-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"), "-e", Path.Combine(prefix, "error.log")]);
            var server = new NginxServer(prefix, port, process);
            if (server.WaitUntilListening())
            {
                return server;
            }

            failures.Add($"port {port}: {server.ErrorLog} {process.StandardError}");
            server.Dispose();
        }

        throw new InvalidOperationException("nginx did not start: " + string.Join(" | ", failures));
    }

    /// <summary>Adds a static file under the site root (e.g. <c>"big.bin"</c>).</summary>
    public void AddFile(string relativePath, byte[] content)
    {
        var path = Path.Combine(prefix, "html", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>Stops nginx and removes its prefix.</summary>
    public void Dispose()
    {
        process.Dispose();
        try
        {
            Directory.Delete(prefix, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The files of the test site and the configuration that serves it.</summary>
    private static string WriteSite(string prefix, int port)
    {
        Directory.CreateDirectory(Path.Combine(prefix, "html"));
        Directory.CreateDirectory(Path.Combine(prefix, "tmp"));
        File.WriteAllText(Path.Combine(prefix, "html", "index.html"), IndexBody);
        // Single process in the foreground (killing it stops everything), every path inside the
        // prefix so neither root nor /var is needed.
        var conf = $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/tmp/body;
                proxy_temp_path {{prefix}}/tmp/proxy;
                fastcgi_temp_path {{prefix}}/tmp/fastcgi;
                uwsgi_temp_path {{prefix}}/tmp/uwsgi;
                scgi_temp_path {{prefix}}/tmp/scgi;
                types { text/html html; application/octet-stream bin; }
                server {
                    listen {{Host}}:{{port.ToString(CultureInfo.InvariantCulture)}};
                    server_name localhost;
                    root {{prefix}}/html;
                    index index.html;
                }
            }
            """;
        return conf;
    }

    private bool WaitUntilListening()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartupLimit)
        {
            if (process.HasExited)
            {
                process.WaitForExit(TimeSpan.FromSeconds(1));
                return false;
            }

            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Connect(new IPEndPoint(IPAddress.Loopback, Port));
                return true;
            }
            catch (SocketException)
            {
                Thread.Sleep(20);
            }
        }

        return false;
    }
}
