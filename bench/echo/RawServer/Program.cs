using Jsl.Bench.Echo;

// raw-server [echo | bulk-recv | bulk-send]
//
//   echo       an echo server (async/await, one receive loop per connection) on 127.0.0.1, port
//              JSL_PORT or else 0; prints "echo server listening on port N".
//   bulk-recv  accepts one connection on 127.0.0.1 (port 0), prints "bulk receiver listening on
//              port N", reads 65536 bytes at a time until the peer closes, prints
//              "bytes=N seconds=S" (from the accept to the end of the stream).
//   bulk-send  connects to 127.0.0.1:BENCH_PORT and sends BENCH_BYTES bytes in 65536-byte
//              blocks, then closes.
// Decision: one project for the three roles, so that bench/run-echo builds one raw C# program.
var mode = args.Length > 0 ? args[0] : "echo";
return mode switch
{
    "echo" => await EchoServer.RunAsync().ConfigureAwait(false),
    "bulk-recv" => await BulkReceiver.RunAsync().ConfigureAwait(false),
    "bulk-send" => await BulkSender.RunAsync().ConfigureAwait(false),
    _ => Usage(mode),
};

static int Usage(string mode)
{
    Console.Error.WriteLine($"raw-server: unknown mode '{mode}'; modes: echo, bulk-recv, bulk-send");
    return 2;
}
