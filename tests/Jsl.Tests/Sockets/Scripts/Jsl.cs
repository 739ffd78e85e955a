namespace Jsl.Tests.Sockets.Scripts;

/// <summary>JSL fragments the socket tests share.</summary>
internal static class Jsl
{
    /// <summary>A listener on a system-chosen loopback port, a connected client and the accepted peer.</summary>
    public const string Pair = """
        server = Socket();
        server << Bind( "127.0.0.1", "0" );
        server << Listen();
        port = (server << GetSockName)[4];
        client = Socket();
        client << Connect( "127.0.0.1", port );
        peer = (server << Accept())[4];

        """;

    /// <summary>A bound UDP receiver <c>rx</c> (port <c>rxPort</c>) and an unbound sender <c>tx</c>.</summary>
    public const string Udp = """
        rx = Socket( DGRAM );
        rx << Bind( "127.0.0.1", "0" );
        rxPort = (rx << GetSockName)[4];
        tx = Socket( DGRAM );

        """;
}
