using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    /// <summary>
    /// <c>Bind(host, port)</c> → <c>{"bind","ok"}</c>. Creates the operating-system socket.
    /// Decision (§3): <c>""</c> and <c>"0.0.0.0"</c> mean every IPv4 interface, <c>"::"</c> every
    /// IPv6 interface (IPv6 only).
    /// </summary>
    private ListValue Bind(CallContext c)
    {
        const string Name = "bind";
        SocketArguments.AtMost(c, 2, "Bind");
        var host = SocketArguments.Host(c, 0, "Bind");
        var port = SocketArguments.Port(c, 1, "Bind", runtime.Resolver, Protocol);
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (bound || pendingConnect is not null) return SocketResult.Error(Name, SocketErrorCode.Inval);

        IPAddress address;
        if (host.Trim().Length == 0)
        {
            // Spec §8: "" is every IPv4 interface, whatever family the socket prefers ("::" for IPv6).
            address = IPAddress.Any;
            if (Permitted([address], port).Count == 0) return SocketResult.Error(Name, SocketErrorCode.NetPolicy);
        }
        else
        {
            var lookup = Resolve(host.Trim(), AddressFamily.Unspecified, c.Call);
            if (lookup.Error is { } lookupError) return SocketResult.Error(Name, lookupError);
            var addresses = Order(lookup.Addresses, handle?.AddressFamily ?? AddressFamily.Unspecified);
            if (addresses.Count == 0) return SocketResult.Error(Name, SocketErrorCode.AfNoSupport);
            addresses = Permitted(addresses, port);
            if (addresses.Count == 0) return SocketResult.Error(Name, SocketErrorCode.NetPolicy);
            address = addresses[0];
        }

        var created = handle is null;
        try
        {
            handle ??= CreateHandle(address.AddressFamily);
            handle.Bind(new IPEndPoint(address, port));
        }
        catch (SocketException e)
        {
            if (created) DropHandle();
            return SocketResult.WithStatus(Name, SocketErrorMapping.ToStatus(e, SocketOperation.Bind));
        }
        bound = true;
        return SocketResult.Ok(Name);
    }

    /// <summary>
    /// <c>Listen()</c> → <c>{"listen","ok"}</c>. Needs a prior Bind (INVAL). Decision (§3): the
    /// backlog is the system maximum.
    /// </summary>
    private ListValue Listen(CallContext c)
    {
        const string Name = "listen";
        // JMP's examples write Listen() bare; a backlog argument, if a script gives one, is ignored.
        SocketArguments.AtMost(c, 1, "Listen");
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (Kind != SocketKind.Stream) return SocketResult.Error(Name, SocketErrorCode.OpNotSupp);
        if (handle is null || !bound) return SocketResult.Error(Name, SocketErrorCode.Inval);
        if (connected) return SocketResult.Error(Name, SocketErrorCode.IsConn);
        try
        {
            handle.Listen();
        }
        catch (SocketException e)
        {
            return SocketResult.WithStatus(Name, SocketErrorMapping.ToStatus(e, SocketOperation.Listen));
        }
        listening = true;
        return SocketResult.Ok(Name);
    }

    private void DropHandle()
    {
        handle?.Dispose();
        handle = null;
    }
}
