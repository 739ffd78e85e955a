namespace Jsl.Sockets.Background;

/// <summary>
/// One datagram read: <c>{"recvfrom", Status, Data, Address, Port}</c> when <see cref="Kind"/> is
/// Ok or Truncated (MSGSIZE keeps the truncated data), else <c>{"recvfrom", Status}</c>.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Status">Item 2: <c>"ok"</c>, MSGSIZE, or another catalogue string.</param>
/// <param name="Data">The datagram (possibly truncated), owned by the receiver.</param>
/// <param name="Address">The sender's numeric address text; empty without data.</param>
/// <param name="Port">The sender's port as text; empty without data.</param>
internal readonly record struct DatagramResult(BackgroundResultKind Kind, string Status, byte[] Data, string Address, string Port)
{
    /// <summary>True when the result carries a datagram (Ok or Truncated).</summary>
    public bool HasData => Kind is BackgroundResultKind.Ok or BackgroundResultKind.Truncated;

    /// <summary>A non-data outcome with its catalogue string.</summary>
    public static DatagramResult Of(BackgroundResultKind kind, string status) => new(kind, status, [], "", "");
}
