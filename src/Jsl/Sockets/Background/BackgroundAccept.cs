using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Scheduling;
using Jsl.Sockets.Resolution;

namespace Jsl.Sockets.Background;

/// <summary>
/// A background <c>Accept(callback, timeout)</c> or <c>Accept Fast(callback, timeout)</c> on a
/// listening socket: one connection per completion. For <c>Accept</c> (a resolver given) the
/// peer's name is looked up here, in the background, before delivery, and given up after
/// <see cref="PeerNameLimit"/> in favour of the numeric address (§5), so a slow resolver never
/// holds up callbacks of other sockets. A connection accepted but never delivered (cancel,
/// timeout race) is closed.
/// </summary>
internal sealed class BackgroundAccept : BackgroundOperation<AcceptResult>
{
    /// <summary>How long Accept waits for the peer's name.</summary>
    public static readonly TimeSpan PeerNameLimit = TimeSpan.FromSeconds(2);

    private readonly Socket listener;
    private readonly INameResolver? resolver;

    /// <summary>The same, with a consumer that never ends the operation itself (tests, hosts).</summary>
    public BackgroundAccept(Socket listener, INameResolver? resolver, EventLoop loop, TimeSpan timeout, Action<AcceptResult> consumer)
        : this(listener, resolver, loop, timeout, Consumers.Always(consumer))
    {
    }


    /// <summary>(consumer false: the operation ends) A background accept; <paramref name="resolver"/> null means Accept Fast (peer name "").</summary>
    public BackgroundAccept(Socket listener, INameResolver? resolver, EventLoop loop, TimeSpan timeout, Func<AcceptResult, bool> consumer)
        : base(loop, timeout, consumer)
    {
        ArgumentNullException.ThrowIfNull(listener);
        this.listener = listener;
        this.resolver = resolver;
    }

    /// <inheritdoc />
    protected override async ValueTask<AcceptResult> ReceiveOneAsync(CancellationToken cancellationToken)
    {
        Socket accepted;
        try
        {
            accepted = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
            SocketDescriptorReserve.Admit(accepted);
        }
        catch (SocketException exception)
        {
            return AcceptResult.Of(BackgroundResultKind.Failed, SocketOutcome.Of(exception.SocketErrorCode, SocketOperation.Accept));
        }

        try
        {
            var peerName = await PeerNameAsync(resolver, accepted, cancellationToken).ConfigureAwait(false);
            return AcceptResult.Accepted(peerName, accepted);
        }
        catch
        {
            accepted.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    protected override bool IsTerminal(AcceptResult result) => result.Kind != BackgroundResultKind.Ok;

    /// <inheritdoc />
    protected override AcceptResult TimedOutResult() =>
        AcceptResult.Of(BackgroundResultKind.TimedOut, SocketOutcome.Of(SocketErrorCode.TimedOut));

    /// <inheritdoc />
    protected override AcceptResult UnexpectedFailure(Exception exception) =>
        AcceptResult.Of(BackgroundResultKind.Failed, SocketOutcome.Of(exception, SocketOperation.Accept));

    /// <inheritdoc />
    protected override void Discard(AcceptResult result) => result.Socket?.Dispose();

    /// <summary>
    /// The name of <paramref name="accepted"/>'s peer by reverse lookup through <paramref name="resolver"/>
    /// (numeric after <see cref="PeerNameLimit"/>), or <c>""</c> without a resolver (Accept Fast) or a peer.
    /// </summary>
    internal static async ValueTask<string> PeerNameAsync(INameResolver? resolver, Socket accepted, CancellationToken cancellationToken)
    {
        if (resolver is null)
        {
            return "";
        }

        IPEndPoint? remote;
        try
        {
            remote = accepted.RemoteEndPoint as IPEndPoint;
        }
        catch (SocketException)
        {
            // The peer may already have reset; its name no longer matters.
            remote = null;
        }

        return remote is null
            ? ""
            : await AddressInfoBuilder.PeerNameAsync(resolver, remote.Address, PeerNameLimit, cancellationToken).ConfigureAwait(false);
    }
}
