namespace Jsl.Embedding.Tests;

/// <summary>
/// The examples of docs/embedding.md. Each method's body, between its <c>// example:</c> and
/// <c>// end example</c> lines, is a <c>csharp</c> block of the page, copied verbatim
/// (<see cref="DocumentationExampleTests"/> checks that the page and this file agree and runs
/// each method). They write to <c>output</c> where a host would write to the console.
/// </summary>
internal static class DocumentationExamples
{
    public static void QuickStart(TextWriter output)
    {
        // example: quick start
        var log = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(log));   // or new Engine() to log to stdout
        try
        {
            var value = engine.Evaluate("x = 1 + 2; Print( x ); x * 10", "quick.jsl");
            output.WriteLine(value.AsNumber());                 // 30
            output.WriteLine(log.ToString().Trim());            // 3 (what Print wrote)
        }
        catch (JslScriptException e)
        {
            foreach (var d in e.Diagnostics) output.WriteLine($"{d.File}:{d.Line}:{d.Column}: {d.Kind}: {d.Message}");
        }
        // end example
    }

    public static void Values(TextWriter output)
    {
        // example: values
        var engine = new Engine(new TextWriterLogSink(output));
        engine.SetGlobal("prices", JslValue.FromAssociativeArray([new("apple", 1.5), new("pear", 2)]));
        engine.SetGlobal("basket", JslValue.FromList(["apple", "pear", "apple"]));
        engine.Evaluate("total = 0; For Each( {item}, basket, total += prices[item] );");
        output.WriteLine(engine.GetGlobal("total")!.AsNumber());           // 5
        foreach (var item in engine.Evaluate("{1, \"two\", [3 4]}").AsList())
        {
            output.WriteLine($"{item.Kind} {item}");                       // Number 1, String "two", Other [3 4]
        }
        // end example
    }

    public static void HostFunctions(TextWriter output)
    {
        // example: host functions
        var engine = new Engine(new TextWriterLogSink(output));
        engine.RegisterFunction("Read Sensor", 1, args =>
        {
            var channel = args[0].AsNumber();
            if (channel is < 0 or > 7) throw new InvalidOperationException($"no channel {channel}");
            return 20.5 + channel;
        });
        output.WriteLine(engine.Evaluate("Read Sensor( 2 )"));                        // 22.5
        output.WriteLine(engine.Evaluate("Try( Read Sensor( 9 ), Char( exception_msg[1] ) )"));   // "Read Sensor: no channel 9"
        // end example
    }

    public static void Cancelling(TextWriter output)
    {
        // example: cancelling
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var engine = new Engine(new TextWriterLogSink(output)) { Cancellation = timeout.Token };
        try
        {
            engine.Evaluate("While( 1, 1 )", "spin.jsl");
        }
        catch (JslScriptException e) when (e.Diagnostics[0].Kind == JslDiagnosticKind.Cancelled)
        {
            output.WriteLine(e.Diagnostics[0].Message);                     // The run was cancelled
        }
        // end example
    }

    public static void SocketsOffAndCheck(TextWriter output)
    {
        // example: sockets off and check
        var engine = new Engine(new TextWriterLogSink(output)) { SocketsEnabled = false };
        output.WriteLine(engine.Evaluate("Try( Socket(), Char( exception_msg[1] ) )"));   // "Socket: the host turned sockets off"
        foreach (var d in Engine.Check("x = (1 + ;", "draft.jsl"))
        {
            output.WriteLine($"{d.Kind} at {d.Line}:{d.Column}: {d.Message}");
        }
        // end example
    }

    public static void NetworkPolicyExample(TextWriter output)
    {
        // example: network policy
        var engine = new Engine(new TextWriterLogSink(output))
        {
            NetworkPolicy = new NetworkPolicy()
                .Allow("127.0.0.1, [::1]:8080, 10.0.0.0/8")   // only these...
                .Deny("127.0.0.1:22"),                         // ...and never this (deny wins)
        };
        output.WriteLine(engine.Evaluate("Socket() << Connect( \"127.0.0.1\", \"22\" )"));
        // {"connect", "NETPOLICY: The network policy does not allow this address. "}
        // end example
    }
}
