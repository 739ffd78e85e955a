using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Jsl.Bench.Echo;

/// <summary>
/// The echo server as a C# programmer writes it without a framework: an accept loop and one
/// async receive-then-send loop per connection, on .NET's socket engine and thread pool.
/// </summary>
internal static class EchoServer
{
    private const int ReadSize = 65536;

    /// <summary>Listens and echoes until the process is killed.</summary>
    public static async Task<int> RunAsync()
    {
        var text = Environment.GetEnvironmentVariable("JSL_PORT");
        var port = string.IsNullOrEmpty(text) ? 0 : int.Parse(text, CultureInfo.InvariantCulture);
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        listener.Listen(4096);
        Console.WriteLine($"echo server listening on port {((IPEndPoint)listener.LocalEndPoint!).Port}");
        Console.Out.Flush();
        while (true)
        {
            var connection = await listener.AcceptAsync().ConfigureAwait(false);
            connection.NoDelay = true;
            _ = EchoAsync(connection);
        }
    }

    private static async Task EchoAsync(Socket connection)
    {
        // Decision: the buffer is taken when the first byte has arrived (a zero-byte receive
        // waits for readiness), so an idle connection holds none, as Kestrel does; it costs one
        // more receive call per message than reading straight into a buffer of its own.
        try
        {
            using (connection)
            {
                while (true)
                {
                    await connection.ReceiveAsync(Memory<byte>.Empty, SocketFlags.None).ConfigureAwait(false);
                    var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ReadSize);
                    try
                    {
                        var count = await connection.ReceiveAsync(buffer.AsMemory(0, ReadSize), SocketFlags.None)
                            .ConfigureAwait(false);
                        if (count == 0)
                        {
                            return;
                        }

                        // SendAsync on a stream socket completes when all bytes are taken.
                        await connection.SendAsync(buffer.AsMemory(0, count), SocketFlags.None).ConfigureAwait(false);
                    }
                    finally
                    {
                        System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                    }
                }
            }
        }
        catch (SocketException)
        {
            // The client reset or went away: its connection is done.
        }
    }
}
