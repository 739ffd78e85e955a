using System.Net.Sockets;

namespace Jsl.Sockets.Background;

/// <summary>
/// One accepted connection: <c>{"accept", Status, PeerName, newSocket}</c> when <see cref="Kind"/>
/// is Ok, else <c>{"accept", Status}</c>.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Outcome">How the accept ended; its text is item 2 (<see cref="Status"/>).</param>
/// <param name="PeerName">Reverse-looked-up peer name (numeric on failure), or <c>""</c> for Accept Fast.</param>
/// <param name="Socket">The connected socket, owned by the receiver; null unless Ok.</param>
internal readonly record struct AcceptResult(BackgroundResultKind Kind, SocketOutcome Outcome, string PeerName, Socket? Socket)
{
    /// <summary>Item 2 of the result list: <c>"ok"</c> or the catalogue string.</summary>
    public string Status => SocketResult.Text(Outcome);

    /// <summary>A connection, named <paramref name="peerName"/>.</summary>
    public static AcceptResult Accepted(string peerName, Socket socket) => new(BackgroundResultKind.Ok, SocketOutcome.Ok, peerName, socket);

    /// <summary>A non-connection outcome.</summary>
    public static AcceptResult Of(BackgroundResultKind kind, SocketOutcome outcome) => new(kind, outcome, "", null);
}
