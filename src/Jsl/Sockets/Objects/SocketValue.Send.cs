using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    // Item 1 of every Send and SendTo result, made once (strings are immutable values): a busy
    // server sends once per message it receives.
    private static readonly StringValue SendName = new("send");
    private static readonly StringValue SendToName = new("sendto");

    /// <summary>
    /// <c>Send(data)</c> → <c>{"send","ok",rest}</c>: a blocking socket sends everything (rest
    /// empty); a non-blocking one sends what fits now, and WOULDBLOCK when nothing fits.
    /// </summary>
    private ListValue SendData(CallContext c)
    {
        const string Name = "send";
        SocketArguments.AtMost(c, 1, "Send");
        var data = SocketArguments.Data(c, 0, "Send");
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        // Decision: an unconnected DGRAM socket says NOTCONN too, as WinSock's send does (Linux would say EDESTADDRREQ).
        if (handle is null || !connected) return SocketResult.Error(Name, SocketErrorCode.NotConn);

        var sent = 0;
        while (sent < data.Length)
        {
            var count = handle.Send(data.AsSpan(sent), SocketFlags.None, out var error);
            if (error == SocketError.Success)
            {
                sent += count;
            }
            else if (error == SocketError.WouldBlock)
            {
                if (!blocking) break;
                WaitReady(handle, SelectMode.SelectWrite, c.Call);
            }
            else
            {
                return SocketResult.WithStatus(Name, SocketErrorMapping.ToStatus(error, SocketOperation.Send));
            }
        }
        if (sent == 0 && data.Length > 0) return SocketResult.Error(Name, SocketErrorCode.WouldBlock);
        return SocketResult.Ok(SendName, sent == data.Length ? BlobValue.EmptyBlob : new BlobValue(data[sent..]));
    }

    /// <summary>
    /// <c>SendTo(host, port, data)</c> → <c>{"sendto","ok",rest}</c> (DGRAM; a datagram goes
    /// whole, so rest is empty). Creates the operating-system socket when needed.
    /// </summary>
    private ListValue SendTo(CallContext c)
    {
        const string Name = "sendto";
        SocketArguments.AtMost(c, 3, "SendTo");
        var host = SocketArguments.Host(c, 0, "SendTo");
        var port = SocketArguments.Port(c, 1, "SendTo", runtime.Resolver, Protocol);
        var data = SocketArguments.Data(c, 2, "SendTo");
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (Kind != SocketKind.Datagram) return SocketResult.Error(Name, SocketErrorCode.OpNotSupp);

        var lookup = Resolve(host, AddressFamily.Unspecified, c.Call);
        if (lookup.Error is { } lookupError) return SocketResult.Error(Name, lookupError);
        var addresses = Order(lookup.Addresses, handle?.AddressFamily ?? AddressFamily.Unspecified);
        if (addresses.Count == 0) return SocketResult.Error(Name, SocketErrorCode.AfNoSupport);
        addresses = Permitted(addresses, port);
        if (addresses.Count == 0) return SocketResult.Error(Name, SocketErrorCode.NetPolicy);
        var target = new IPEndPoint(addresses[0], port);
        try
        {
            handle ??= CreateHandle(target.AddressFamily);
            while (true)
            {
                try
                {
                    handle.SendTo(data, SocketFlags.None, target);
                    bound = true;
                    return SocketResult.Ok(SendToName, BlobValue.EmptyBlob);
                }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock && blocking)
                {
                    WaitReady(handle, SelectMode.SelectWrite, c.Call);
                }
            }
        }
        catch (SocketException e)
        {
            return SocketResult.WithStatus(Name, SocketErrorMapping.ToStatus(e, SocketOperation.SendTo));
        }
    }
}
