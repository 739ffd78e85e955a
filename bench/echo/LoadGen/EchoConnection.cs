using System.Net;
using System.Net.Sockets;

namespace Jsl.Bench.Echo;

/// <summary>
/// One client connection: send a message, wait for all of it to come back, check every byte,
/// count the round trip, repeat. One message is in flight at a time, so any byte the server
/// loses, adds or reorders shows up as a mismatch.
/// </summary>
internal sealed class EchoConnection(int id, int messageSize)
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    private readonly byte[] sent = new byte[messageSize];
    private readonly byte[] received = new byte[messageSize];
    private long completed;

    /// <summary>Round trips completed so far; read from another thread.</summary>
    public long Completed => Volatile.Read(ref completed);

    /// <summary>Why the connection stopped before it was told to, or null.</summary>
    public string? Failure { get; private set; }

    public Task ConnectAsync(IPEndPoint server, CancellationToken cancel) => socket.ConnectAsync(server, cancel).AsTask();

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            for (long round = 0; !stop.IsCancellationRequested; round++)
            {
                Fill(round);
                // Inline, not helper methods: one async state machine for the whole loop, so a
                // round trip allocates nothing.
                for (var offset = 0; offset < sent.Length;)
                {
                    offset += await socket.SendAsync(sent.AsMemory(offset), SocketFlags.None, stop);
                }
                for (var offset = 0; offset < received.Length;)
                {
                    var n = await socket.ReceiveAsync(received.AsMemory(offset), SocketFlags.None, stop);
                    if (n == 0)
                    {
                        Failure = $"connection {id}: the server closed the connection after {offset} of {received.Length} echoed bytes";
                        return;
                    }
                    offset += n;
                }
                if (!received.AsSpan().SequenceEqual(sent))
                {
                    Failure = $"connection {id}: round trip {round}: the echo differs from what was sent";
                    return;
                }
                Volatile.Write(ref completed, round + 1);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            Failure = $"connection {id}: {e.Message}";
        }
    }

    // Different bytes every round and on every connection, so a stale or misrouted echo fails.
    private void Fill(long round)
    {
        var seed = unchecked((int)round * 31 + id * 7);
        for (var i = 0; i < sent.Length; i++)
        {
            sent[i] = unchecked((byte)(seed + i));
        }
    }
}
