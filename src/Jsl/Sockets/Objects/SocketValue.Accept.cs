using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Sockets.Background;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    /// <summary>
    /// <c>Accept(&lt;callback, timeout&gt;)</c> → <c>{"accept","ok",peerName,socket}</c> and
    /// <c>Accept Fast</c> → <c>{"acceptfast","ok","",socket}</c>. The new socket inherits this
    /// socket's mode (spec §8).
    /// </summary>
    /// <remarks>
    /// Decision: the network policy does not check the peers of <c>Accept</c> (docs/cli.md says so:
    /// a listener bound where the policy allows takes whoever connects). The policy says where a
    /// script may reach; a peer that connects was not reached by the script, and closing it after
    /// the kernel completed the handshake would only turn a connection into a confusing error.
    /// A script that must refuse peers looks at <c>GetPeerName</c> and closes.
    /// </remarks>
    private ListValue Accept(CallContext c, bool fast)
    {
        var name = fast ? "acceptfast" : "accept";
        var display = fast ? "Accept Fast" : "Accept";
        SocketArguments.AtMost(c, 2, display);
        var callback = SocketArguments.Callback(c, 0, display);
        var timeout = SocketArguments.Timeout(c, 1, display);
        if (closed) return SocketResult.Error(name, SocketErrorCode.NotSock);
        if (Kind != SocketKind.Stream) return SocketResult.Error(name, SocketErrorCode.OpNotSupp);
        if (handle is null || !listening) return SocketResult.Error(name, SocketErrorCode.Inval);
        if (callback is not null)
        {
            ArmAccept(new BackgroundCallback(runtime, callback, c.Scope, c.Call, messagePosition), fast, timeout);
            return SocketResult.Ok(name);
        }
        // Decision: Accept and Accept Fast share one background slot (they take from the same queue).
        if (IsArmed(acceptOperation)) return SocketResult.Error(name, SocketErrorCode.InProgress);

        Socket accepted;
        while (true)
        {
            if (blocking) WaitReady(handle, SelectMode.SelectRead, c.Call);
            try
            {
                accepted = handle.Accept();
                SocketDescriptorReserve.Admit(accepted);
                break;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock)
            {
                if (!blocking) return SocketResult.Error(name, SocketErrorCode.WouldBlock);
            }
            catch (SocketException e)
            {
                return SocketResult.WithStatus(name, SocketErrorMapping.ToStatus(e, SocketOperation.Accept));
            }
        }
        var peerName = fast ? "" : PeerName(accepted);
        return SocketResult.Ok(name, new StringValue(peerName), new SocketValue(runtime, accepted, blocking));
    }

    /// <summary>The accepted peer's name by reverse lookup, given up after two seconds (spec §5).</summary>
    private string PeerName(Socket accepted)
    {
        IPEndPoint? remote;
        try
        {
            remote = accepted.RemoteEndPoint as IPEndPoint;
        }
        catch (SocketException)
        {
            return "";
        }
        if (remote is null) return "";
        return AddressInfoBuilder.PeerNameAsync(runtime.Resolver, remote.Address, BackgroundAccept.PeerNameLimit, CancellationToken.None)
            .AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Wraps a connection accepted in the background (for the callback's list).</summary>
    private SocketValue Adopt(Socket accepted) => new(runtime, accepted, blocking);
}
