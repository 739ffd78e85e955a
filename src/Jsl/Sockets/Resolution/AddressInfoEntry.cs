namespace Jsl.Sockets.Resolution;

/// <summary>
/// One five-item sublist of a <c>Get Addr Info</c> / <c>Get Name Info</c> result:
/// <c>{"PF_INET", "SOCK_0", "IPPROTO_0", "127.0.0.1", "80"}</c>.
/// </summary>
/// <param name="Family"><c>"PF_INET"</c> or <c>"PF_INET6"</c>.</param>
/// <param name="SocketType">Always <c>"SOCK_0"</c>: the lookup asks for no particular type.</param>
/// <param name="Protocol">Always <c>"IPPROTO_0"</c>.</param>
/// <param name="Host">Numeric address text (Get Addr Info) or host name (Get Name Info).</param>
/// <param name="Port">The port as decimal text, <c>"0"</c> when none was given.</param>
internal sealed record AddressInfoEntry(string Family, string SocketType, string Protocol, string Host, string Port)
{
    /// <summary>The five items in list order.</summary>
    public string[] ToItems() => [Family, SocketType, Protocol, Host, Port];
}
