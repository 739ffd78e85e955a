namespace Jsl.Sockets.Resolution;

/// <summary>
/// The data of a <c>Get Addr Info</c> / <c>Get Name Info</c> result: on success one entry per
/// address; on failure no entries and the classified error. The caller wraps it into
/// <c>{"Get Addr Info", Status, entry, entry, ...}</c>.
/// </summary>
internal readonly record struct AddressInfoResult(IReadOnlyList<AddressInfoEntry> Entries, SocketErrorCode? Error)
{
    /// <summary>Item 2 of the result list: <c>"ok"</c> or the catalogue string.</summary>
    public string Status => Error is { } code ? SocketErrorCatalog.Text(code) : SocketErrorCatalog.Ok;

    /// <summary>A failed lookup.</summary>
    public static AddressInfoResult Failed(SocketErrorCode error) => new([], error);
}
