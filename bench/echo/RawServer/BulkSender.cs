using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Jsl.Bench.Echo;

/// <summary>The sending half of the bulk-transfer benchmark.</summary>
internal static class BulkSender
{
    private const int BlockSize = 65536;

    /// <summary>Sends BENCH_BYTES bytes to 127.0.0.1:BENCH_PORT in 64 KiB blocks, then closes.</summary>
    public static async Task<int> RunAsync()
    {
        var port = int.Parse(Environment.GetEnvironmentVariable("BENCH_PORT") ?? "0", CultureInfo.InvariantCulture);
        var bytes = long.Parse(Environment.GetEnvironmentVariable("BENCH_BYTES") ?? "0", CultureInfo.InvariantCulture);
        var block = new byte[BlockSize];
        for (var i = 0; i < block.Length; i++)
        {
            block[i] = (byte)(i * 7);
        }

        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port)).ConfigureAwait(false);
        for (var left = bytes; left > 0; left -= BlockSize)
        {
            await socket.SendAsync(block.AsMemory(0, (int)Math.Min(left, BlockSize)), SocketFlags.None).ConfigureAwait(false);
        }

        socket.Shutdown(SocketShutdown.Send);
        return 0;
    }
}
