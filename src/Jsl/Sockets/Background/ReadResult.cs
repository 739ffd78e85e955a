namespace Jsl.Sockets.Background;

/// <summary>
/// One read of a stream or datagram socket: <c>{"recv", Status, Data}</c> or
/// <c>{"recvfrom", Status, Data, Address, Port}</c> when <see cref="HasData"/>, else
/// <c>{"recv", Status}</c> / <c>{"recvfrom", Status}</c>.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Outcome">How the read ended; its text is item 2 (<see cref="Status"/>).</param>
/// <param name="Data">The bytes (a datagram possibly truncated), owned by the receiver; empty without data.</param>
/// <param name="Address">A datagram sender's numeric address text; empty otherwise.</param>
/// <param name="Port">A datagram sender's port as text; empty otherwise.</param>
internal readonly record struct ReadResult(BackgroundResultKind Kind, SocketOutcome Outcome, byte[] Data, string Address = "", string Port = "")
{
    /// <summary>True when the result carries bytes (Ok, or a Truncated datagram).</summary>
    public bool HasData => Kind is BackgroundResultKind.Ok or BackgroundResultKind.Truncated;

    /// <summary>Item 2 of the result list: <c>"ok"</c> or the catalogue string.</summary>
    public string Status => SocketResult.Text(Outcome);

    /// <summary>A successful stream read.</summary>
    public static ReadResult Received(byte[] data) => new(BackgroundResultKind.Ok, SocketOutcome.Ok, data);

    /// <summary>A non-data outcome.</summary>
    public static ReadResult Of(BackgroundResultKind kind, SocketOutcome outcome) => new(kind, outcome, []);

    /// <summary>A non-data outcome with a catalogue code.</summary>
    public static ReadResult Of(BackgroundResultKind kind, SocketErrorCode code) => new(kind, SocketOutcome.Of(code), []);
}
