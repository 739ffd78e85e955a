using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Sockets.Objects;

internal sealed partial class SocketValue
{
    private Task<ConnectOutcome>? pendingConnect;
    private CancellationTokenSource? connectCancellation;

    /// <summary><c>Connect(host, port)</c> → <c>{"connect","ok"}</c>.</summary>
    private ListValue Connect(CallContext c)
    {
        const string Name = "connect";
        SocketArguments.AtMost(c, 2, "Connect");
        var host = SocketArguments.Host(c, 0, "Connect");
        var port = SocketArguments.Port(c, 1, "Connect", runtime.Resolver, Protocol);
        if (closed) return SocketResult.Error(Name, SocketErrorCode.NotSock);
        if (pendingConnect is null)
        {
            if (connected && Kind == SocketKind.Stream) return SocketResult.Error(Name, SocketErrorCode.IsConn);
            if (listening) return SocketResult.Error(Name, SocketErrorCode.Inval);
            var lookup = Resolve(host, AddressFamily.Unspecified, c.Call);
            if (lookup.Error is { } lookupError) return SocketResult.Error(Name, lookupError);
            var addresses = Order(lookup.Addresses, handle?.AddressFamily ?? AddressFamily.Unspecified);
            if (addresses.Count == 0) return SocketResult.Error(Name, SocketErrorCode.AfNoSupport);
            addresses = Permitted(addresses, port);
            if (addresses.Count == 0) return SocketResult.Error(Name, SocketErrorCode.NetPolicy);
            connectCancellation = new CancellationTokenSource();
            pendingConnect = ConnectAsync([.. addresses.Select(a => new IPEndPoint(a, port))], handle, connectCancellation.Token);
            // Decision: as WinSock does, the call that starts a non-blocking TCP connect reports
            // WOULDBLOCK even on loopback; a later Connect reports the outcome. UDP has no handshake.
            if (!blocking && Kind == SocketKind.Stream) return SocketResult.Error(Name, SocketErrorCode.WouldBlock);
        }
        if (!blocking && !pendingConnect.IsCompleted) return SocketResult.Error(Name, SocketErrorCode.WouldBlock);
        WaitForConnect(c.Call);
        return FinishConnect(Name);
    }

    /// <summary>
    /// Blocks until the pending connect has an outcome; when the host cancels the run first, the
    /// attempt is abandoned and the message ends with the cancellation error at <paramref name="at"/>.
    /// </summary>
    private void WaitForConnect(Syntax.Tree.Node at)
    {
        var budget = runtime.Interpreter.State.Budget;
        try
        {
            pendingConnect!.Wait(budget.Cancellation);
        }
        catch (OperationCanceledException)
        {
            // The socket is as before the Connect: a later run may connect it again.
            AbandonConnect();
            pendingConnect = null;
            connectCancellation = null;
            throw StepBudget.Cancelled(at);
        }
        catch (AggregateException)
        {
            // The attempt itself failed: FinishConnect reads its outcome and reports it.
        }
    }

    private ListValue FinishConnect(string name)
    {
        var outcome = pendingConnect!.GetAwaiter().GetResult();
        pendingConnect = null;
        connectCancellation?.Dispose();
        connectCancellation = null;
        if (outcome.Status is { } status) return SocketResult.WithStatus(name, status);
        handle = outcome.Socket;
        connected = true;
        bound = true;
        return SocketResult.Ok(name);
    }

    /// <summary>
    /// Tries each address in turn (spec §2: the next on failure, as a good client does), each on a
    /// new handle; a socket already bound keeps its handle and tries only once.
    /// </summary>
    private async Task<ConnectOutcome> ConnectAsync(IPEndPoint[] endpoints, Socket? existing, CancellationToken cancellationToken)
    {
        var status = SocketErrorCatalog.Text(SocketErrorCode.NotSock);
        foreach (var endpoint in endpoints)
        {
            Socket? socket = null;
            try
            {
                socket = existing ?? CreateHandle(endpoint.AddressFamily);
                await socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
                if (!cancellationToken.IsCancellationRequested) return new ConnectOutcome(socket, null);
                status = SocketErrorCatalog.Text(SocketErrorCode.NotSock);
            }
            catch (SocketException e)
            {
                status = SocketErrorMapping.ToStatus(e, SocketOperation.Connect);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                status = SocketErrorCatalog.Text(SocketErrorCode.NotSock);
            }
            if (existing is null) socket?.Dispose();
            if (existing is not null || cancellationToken.IsCancellationRequested) break;
        }
        return new ConnectOutcome(null, status);
    }

    /// <summary>What a connect attempt ended with: the connected handle, or the status string.</summary>
    private readonly record struct ConnectOutcome(Socket? Socket, string? Status);

    /// <summary>Drops a connect still under way (Close).</summary>
    private void AbandonConnect()
    {
        var cancellation = connectCancellation;
        var pending = pendingConnect;
        if (cancellation is null || pending is null) return;
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
        // A connect that won the race with the cancellation still owns a handle.
        pending.ContinueWith(static t =>
        {
            if (t.IsCompletedSuccessfully) t.Result.Socket?.Dispose();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
