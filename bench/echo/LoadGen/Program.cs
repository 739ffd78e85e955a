using System.Diagnostics;
using System.Globalization;
using System.Net;
using Jsl.Bench.Echo;

// echo-loadgen --port P [--connections N] [--warmup S] [--duration S] [--size BYTES]
//
// Opens N connections to 127.0.0.1:P, runs an EchoConnection loop on each, lets them warm up,
// then counts the round trips completed during the measured interval. Prints "measuring" when
// the interval starts (so a driver can sample the server's CPU time) and one line when it ends:
//   roundtrips=R seconds=S rt_per_s=X connections=N min_per_conn=A max_per_conn=B
// Exit status 0 when every connection ran clean, 1 on a mismatch or socket error (reason on
// stderr), 2 on bad arguments.
var options = new Dictionary<string, double>
{
    ["--port"] = 0, ["--connections"] = 1, ["--warmup"] = 1, ["--duration"] = 5, ["--size"] = 64,
};
for (var i = 0; i < args.Length; i++)
{
    if (!options.ContainsKey(args[i]) || i + 1 >= args.Length
        || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
    {
        Console.Error.WriteLine($"echo-loadgen: bad argument '{args[i]}'; options: {string.Join(' ', options.Keys)}");
        return 2;
    }
    options[args[i]] = value;
    i++;
}
var port = (int)options["--port"];
var count = (int)options["--connections"];
var size = (int)options["--size"];
if (port is <= 0 or > 65535 || count < 1 || size < 1 || options["--duration"] <= 0)
{
    Console.Error.WriteLine("echo-loadgen: --port (1-65535), --connections, --size and --duration must be positive");
    return 2;
}

var server = new IPEndPoint(IPAddress.Loopback, port);
var connections = Enumerable.Range(0, count).Select(id => new EchoConnection(id, size)).ToArray();
using (var connectTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
{
    try
    {
        await Task.WhenAll(connections.Select(c => c.ConnectAsync(server, connectTimeout.Token)));
    }
    catch (Exception e)
    {
        Console.Error.WriteLine($"echo-loadgen: cannot connect {count} connection(s) to {server}: {e.Message}");
        return 1;
    }
}

using var stop = new CancellationTokenSource();
var loops = connections.Select(c => c.RunAsync(stop.Token)).ToArray();
await Task.Delay(TimeSpan.FromSeconds(options["--warmup"]));
var before = connections.Select(c => c.Completed).ToArray();
var clock = Stopwatch.StartNew();
Console.WriteLine("measuring");
await Task.Delay(TimeSpan.FromSeconds(options["--duration"]));
var after = connections.Select(c => c.Completed).ToArray();
var seconds = clock.Elapsed.TotalSeconds;
stop.Cancel();

var failures = connections.Select(c => c.Failure).OfType<string>().ToArray();
if (failures.Length > 0)
{
    Console.Error.WriteLine($"echo-loadgen: {failures.Length} of {count} connection(s) failed; first: {failures[0]}");
    return 1;
}
var perConnection = after.Zip(before, (a, b) => a - b).ToArray();
var total = perConnection.Sum();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"roundtrips={total} seconds={seconds:F3} rt_per_s={total / seconds:F1} connections={count} " +
    $"min_per_conn={perConnection.Min()} max_per_conn={perConnection.Max()}"));
// The loops may still be waiting on a receive; the process exit closes their sockets.
_ = loops;
return 0;
