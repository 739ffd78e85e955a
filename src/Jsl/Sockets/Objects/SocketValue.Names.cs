using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    /// <summary><c>GetPeerName()</c> → <c>{"getpeername","ok",address,port}</c>; NOTCONN unless connected.</summary>
    private ListValue GetPeerName(CallContext c)
    {
        const string Name = "getpeername";
        SocketArguments.AtMost(c, 0, "GetPeerName");
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (handle is null || !connected) return SocketResult.Error(Name, SocketErrorCode.NotConn);
        try
        {
            return EndPointResult(Name, handle.RemoteEndPoint);
        }
        catch (SocketException e)
        {
            return SocketResult.WithStatus(Name, SocketErrorMapping.ToStatus(e, SocketOperation.GetPeerName));
        }
    }

    /// <summary><c>GetSockName()</c> → <c>{"getsockname","ok",address,port}</c>; INVAL until bound (spec §8).</summary>
    private ListValue GetSockName(CallContext c)
    {
        const string Name = "getsockname";
        SocketArguments.AtMost(c, 0, "GetSockName");
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (handle is null || !bound) return SocketResult.Error(Name, SocketErrorCode.Inval);
        try
        {
            return EndPointResult(Name, handle.LocalEndPoint);
        }
        catch (SocketException e)
        {
            return SocketResult.WithStatus(Name, SocketErrorMapping.ToStatus(e, SocketOperation.GetSockName));
        }
    }

    private static ListValue EndPointResult(string name, EndPoint? endPoint) => endPoint is IPEndPoint ip
        ? SocketResult.Ok(name, new StringValue(AddressText(ip.Address)), new StringValue(PortText(ip.Port)))
        : SocketResult.Error(name, name == "getpeername" ? SocketErrorCode.NotConn : SocketErrorCode.Inval);
}
