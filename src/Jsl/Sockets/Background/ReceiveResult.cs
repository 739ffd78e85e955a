namespace Jsl.Sockets.Background;

/// <summary>
/// One stream read: <c>{"recv", Status, Data}</c> when <see cref="Kind"/> is
/// <see cref="BackgroundResultKind.Ok"/>, else <c>{"recv", Status}</c>.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Status">Item 2: <c>"ok"</c> or the catalogue string.</param>
/// <param name="Data">The bytes read, owned by the receiver; empty unless <see cref="Kind"/> is Ok.</param>
internal readonly record struct ReceiveResult(BackgroundResultKind Kind, string Status, byte[] Data)
{
    /// <summary>A successful read.</summary>
    public static ReceiveResult Received(byte[] data) => new(BackgroundResultKind.Ok, SocketErrorCatalog.Ok, data);

    /// <summary>A non-data outcome with its catalogue string.</summary>
    public static ReceiveResult Of(BackgroundResultKind kind, string status) => new(kind, status, []);
}
