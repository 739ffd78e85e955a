using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Jsl.Bench.Echo;

/// <summary>The receiving half of the bulk-transfer benchmark: one connection read to its end.</summary>
internal static class BulkReceiver
{
    /// <summary>Accepts one connection, counts its bytes, prints the count and the seconds.</summary>
    public static async Task<int> RunAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        Console.WriteLine($"bulk receiver listening on port {((IPEndPoint)listener.LocalEndPoint!).Port}");
        Console.Out.Flush();
        using var connection = await listener.AcceptAsync().ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var buffer = new byte[65536];
        long total = 0;
        int count;
        while ((count = await connection.ReceiveAsync(buffer, SocketFlags.None).ConfigureAwait(false)) > 0)
        {
            total += count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bytes={total} seconds={clock.Elapsed.TotalSeconds:F6}"));
        return 0;
    }
}
