using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

// Load for the echo benchmark: N connections to 127.0.0.1:PORT, each sending a message and
// waiting for all of it to come back before sending the next (a round trip), for a fixed time
// after a warm-up. Every echoed byte is checked. Prints "round_trips_per_second N".
// Usage: EchoLoad PORT CONNECTIONS SECONDS [WARMUP_SECONDS] [MESSAGE_BYTES]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: EchoLoad PORT CONNECTIONS SECONDS [WARMUP_SECONDS] [MESSAGE_BYTES]");
    return 2;
}
var port = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
var connections = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var seconds = double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
var warmup = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1.0;
var size = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 64;

var endpoint = new IPEndPoint(IPAddress.Loopback, port);
var sockets = new List<Socket>();
for (var i = 0; i < connections; i++)
{
    var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    await s.ConnectAsync(endpoint);
    sockets.Add(s);
}

long counted = 0;
var counting = false;
var stop = false;
var failure = (string?)null;

async Task Drive(Socket socket, int index)
{
    var message = new byte[size];
    var reply = new byte[size];
    var round = 0;
    while (!Volatile.Read(ref stop))
    {
        // Each message differs, so a mixed-up or stale echo is caught.
        for (var k = 0; k < size; k++) message[k] = (byte)(index * 31 + round * 7 + k);
        var sent = 0;
        while (sent < size) sent += await socket.SendAsync(message.AsMemory(sent), SocketFlags.None);
        var got = 0;
        while (got < size)
        {
            var n = await socket.ReceiveAsync(reply.AsMemory(got), SocketFlags.None);
            if (n == 0) throw new IOException($"connection {index} closed by the server");
            got += n;
        }
        if (!reply.AsSpan().SequenceEqual(message)) throw new IOException($"connection {index}: echo differs from what was sent");
        if (Volatile.Read(ref counting)) Interlocked.Increment(ref counted);
        round++;
    }
}

var drivers = sockets.Select((s, i) => Task.Run(async () =>
{
    try
    {
        await Drive(s, i);
    }
    catch (Exception e)
    {
        failure ??= e.Message;
        Volatile.Write(ref stop, true);
    }
})).ToArray();

await Task.Delay(TimeSpan.FromSeconds(warmup));
Volatile.Write(ref counting, true);
var clock = Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(seconds));
Volatile.Write(ref counting, false);
var elapsed = clock.Elapsed.TotalSeconds;
var total = Interlocked.Read(ref counted);
Volatile.Write(ref stop, true);
if (!Task.WaitAll(drivers, TimeSpan.FromSeconds(10))) failure ??= "connections did not finish";
foreach (var s in sockets) s.Dispose();
if (failure is not null)
{
    Console.Error.WriteLine($"FAILED: {failure}");
    return 1;
}
Console.WriteLine($"round_trips_per_second {total / elapsed:F0}");
return 0;
