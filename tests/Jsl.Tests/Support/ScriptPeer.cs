using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace Jsl.Tests.Support;

/// <summary>
/// The loopback peer of a script that opens three sockets of every kind (a connection to this
/// peer, a listener, a bound datagram socket) and then ends some way: the peer checks, from
/// outside, that each of the three was closed at the operating system's level, not only
/// forgotten by the runtime.
/// </summary>
public sealed class ScriptPeer : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private Socket? connection;

    public ScriptPeer() => listener.Start();

    /// <summary>The port the script connects to.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The script's listener port and datagram port, once it said them.</summary>
    public (int Listener, int Datagram) ScriptPorts { get; private set; }

    /// <summary>
    /// JSL that opens the three sockets and tells the peer the two ports, ending in a variable
    /// <c>peer</c> (the connection), <c>lst</c> (the listener) and <c>udp</c>.
    /// </summary>
    public string Opening => $$"""
        peer = Socket(); peer << Connect( "127.0.0.1", "{{Port.ToString(CultureInfo.InvariantCulture)}}" );
        lst = Socket(); lst << Bind( "127.0.0.1", "0" ); lst << Listen();
        udp = Socket( DGRAM ); udp << Bind( "127.0.0.1", "0" );
        peer << Send( (lst << GetSockName)[4] || " " || (udp << GetSockName)[4] || "~0a" );

        """;

    /// <summary>Accepts the script's connection and reads its two ports: the script has opened everything.</summary>
    public void WaitUntilOpen()
    {
        var accept = listener.AcceptSocketAsync();
        Assert.True(accept.Wait(Bound), "the script did not connect to its peer");
        connection = accept.Result;
        connection.ReceiveTimeout = (int)Bound.TotalMilliseconds;
        var line = new StringBuilder();
        var one = new byte[1];
        while (connection.Receive(one) == 1 && one[0] != '\n') line.Append((char)one[0]);
        var ports = line.ToString().Split(' ');
        Assert.True(ports.Length == 2, $"the script said '{line}', not its two ports");
        ScriptPorts = (int.Parse(ports[0], CultureInfo.InvariantCulture), int.Parse(ports[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Connects to the script's listener (to trigger a background Accept); the connection is kept and checked for closing too.</summary>
    public Socket ConnectToScript()
    {
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = (int)Bound.TotalMilliseconds };
        client.Connect(IPAddress.Loopback, ScriptPorts.Listener);
        return client;
    }

    /// <summary>Fails unless every socket the script opened is closed: the peer reads end of stream, the listener refuses, the datagram port is free.</summary>
    public void AssertEverySocketClosed(params Socket[] alsoConnected)
    {
        Assert.True(connection is not null, "the script never connected");
        foreach (var socket in alsoConnected.Prepend(connection))
        {
            var buffer = new byte[64];
            int read;
            try
            {
                read = socket.Receive(buffer);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
            {
                read = 0;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut)
            {
                Assert.Fail($"a connection of the script stayed open for {Bound.TotalSeconds} s");
                return;
            }
            Assert.True(read == 0, $"expected the script's connection closed, read {read} bytes");
        }
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            var refused = Assert.Throws<SocketException>(() => probe.Connect(IPAddress.Loopback, ScriptPorts.Listener));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
        using var datagram = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        // Succeeds only once the script's datagram socket let go of the port.
        datagram.Bind(new IPEndPoint(IPAddress.Loopback, ScriptPorts.Datagram));
    }

    public void Dispose()
    {
        connection?.Dispose();
        listener.Stop();
        listener.Dispose();
    }
}
