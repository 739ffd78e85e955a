using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Jsl.Runtime.Scheduling.Linux;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets.Background;

/// <summary>
/// A background <c>Accept</c> or <c>Accept Fast(callback, timeout)</c>, readiness path: one
/// connection accepted per readiness report, on the script's thread. <c>Accept Fast</c> delivers
/// it at once. <c>Accept</c> looks the peer's name up off the script's thread (it can take up to
/// <see cref="BackgroundAccept.PeerNameLimit"/>), with the listener's reports paused meanwhile, so
/// the next connection is accepted only after this one's callback (one accept outstanding), and
/// other sockets' callbacks run while the name is looked up.
/// </summary>
internal sealed class ReadyAccept : ReadyOperation<AcceptResult>
{
    private readonly INameResolver? resolver;
    private readonly Action deliverNamed;
    private CancellationTokenSource? lookups;
    private AcceptResult named;

    /// <summary>A background accept; <paramref name="resolver"/> null means Accept Fast (peer name "").</summary>
    public ReadyAccept(EventLoop loop, EpollSet set, Socket listener, INameResolver? resolver, TimeSpan timeout, Func<AcceptResult, bool> consumer)
        : base(loop, set, listener, timeout, consumer)
    {
        this.resolver = resolver;
        deliverNamed = DeliverNamed;
    }

    /// <summary>
    /// Connections taken per readiness report (each delivered before the next is accepted); a
    /// listener stops early when nothing more is waiting, or when it pauses for a peer's name.
    /// </summary>
    protected override int MaxReadsPerReport => 64;

    /// <inheritdoc/>
    protected override bool TryRead(out AcceptResult result)
    {
        Socket accepted;
        try
        {
            accepted = Socket.Accept();
            SocketDescriptorReserve.Admit(accepted);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock)
        {
            // Another process (or a reset peer) took it first.
            result = default;
            return false;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            result = AcceptResult.Of(BackgroundResultKind.Failed, SocketOutcome.Of(e, SocketOperation.Accept));
            return true;
        }

        if (resolver is null)
        {
            result = AcceptResult.Accepted("", accepted);
            return true;
        }
        SetPaused(true);
        lookups ??= new CancellationTokenSource();
        _ = LookUpAsync(accepted, lookups.Token);
        result = default;
        return false;
    }

    /// <inheritdoc/>
    protected override bool IsTerminal(AcceptResult result) => result.Kind != BackgroundResultKind.Ok;

    /// <inheritdoc/>
    protected override AcceptResult TimedOutResult() =>
        AcceptResult.Of(BackgroundResultKind.TimedOut, SocketOutcome.Of(SocketErrorCode.TimedOut));

    /// <inheritdoc/>
    protected override void Discard(AcceptResult result) => result.Socket?.Dispose();

    /// <inheritdoc/>
    protected override void OnEnded() => lookups?.Cancel();

    private async Task LookUpAsync(Socket accepted, CancellationToken cancellationToken)
    {
        string name;
        try
        {
            name = await BackgroundAccept.PeerNameAsync(resolver, accepted, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Cancelled because the operation ended (or a resolver failed in a way it should not):
            // nobody will take this connection.
            accepted.Dispose();
            return;
        }
        if (Ended)
        {
            accepted.Dispose();
            return;
        }
        named = AcceptResult.Accepted(name, accepted);
        Loop.Post(deliverNamed);
    }

    private void DeliverNamed()
    {
        var result = named;
        named = default;
        Completed(result);
        if (!Ended) SetPaused(false);
    }
}
