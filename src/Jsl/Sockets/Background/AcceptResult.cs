using System.Net.Sockets;

namespace Jsl.Sockets.Background;

/// <summary>
/// One accepted connection: <c>{"accept", Status, PeerName, newSocket}</c> when <see cref="Kind"/>
/// is Ok, else <c>{"accept", Status}</c>.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Status">Item 2: <c>"ok"</c> or the catalogue string.</param>
/// <param name="PeerName">Reverse-looked-up peer name (numeric on failure), or <c>""</c> for Accept Fast.</param>
/// <param name="Socket">The connected socket, owned by the receiver; null unless Ok.</param>
internal readonly record struct AcceptResult(BackgroundResultKind Kind, string Status, string PeerName, Socket? Socket)
{
    /// <summary>A non-connection outcome with its catalogue string.</summary>
    public static AcceptResult Of(BackgroundResultKind kind, string status) => new(kind, status, "", null);
}
