using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jsl.Tests.Deployment;

/// <summary>One short conversation with examples/tagged_echo_server.jsl: send a line, read the tagged reply.</summary>
internal static class TaggedEchoClient
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Connects to 127.0.0.1:<paramref name="port"/>, sends <paramref name="line"/> and returns the
    /// reply line without its newline ("TAG line"); fails after 10 s or when the connection ends first.
    /// </summary>
    public static string Ask(int port, string line)
    {
        using var cancellation = new CancellationTokenSource(Limit);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellation.Token).AsTask().GetAwaiter().GetResult();
        socket.SendAsync(Encoding.UTF8.GetBytes(line + "\n"), SocketFlags.None, cancellation.Token).AsTask().GetAwaiter().GetResult();
        var reply = new List<byte>();
        var buffer = new byte[256];
        while (!reply.Contains((byte)'\n'))
        {
            var n = socket.ReceiveAsync(buffer, SocketFlags.None, cancellation.Token).AsTask().GetAwaiter().GetResult();
            if (n == 0) throw new IOException($"port {port} closed the connection before replying (got \"{Encoding.UTF8.GetString(reply.ToArray())}\")");
            reply.AddRange(buffer.AsSpan(0, n).ToArray());
        }
        return Encoding.UTF8.GetString(reply.ToArray()).TrimEnd('\n');
    }
}
