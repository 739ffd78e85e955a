using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jsl.Runtime.Output;
using Jsl.Tests.Sockets.Scripts;

namespace Jsl.Tests.Http;

/// <summary>
/// New HTTP Request against a server on 127.0.0.1 (never any other address): what goes out for each
/// setting, what the messages read back, and the failures (404, refused, timeout, cancelled run).
/// Every run is bounded by <see cref="ScriptRun"/>'s time limit.
/// </summary>
public sealed class HttpRequestTests
{
    private static CannedResponse Ok(string body, string type = "text/plain; charset=utf-8") => new(200, "OK", body, type);

    [Fact]
    public void A_get_with_a_query_string_sends_the_pairs_encoded_and_returns_the_body()
    {
        using var server = new LoopbackHttpServer(_ => Ok("hello"));
        var run = ScriptRun.Ok($$"""
            q = [=>];
            q["name"] = "bob smith";
            q["n"] = "1&2";
            r = New HTTP Request( URL( "{{server.Url("/find")}}" ), Method( "GET" ), Query String( q ) );
            Print( r << Send, r << Get Status, r << Is Successful, r << Get MIME Type );
            """);
        Assert.Equal(["\"hello\"", "200", "1", "\"text/plain\""], run.Lines);
        var request = server.Single();
        Assert.Equal("GET", request.Method);
        // Associative arrays keep their keys in order: "n" sorts before "name".
        Assert.Equal("/find?n=1%262&name=bob%20smith", request.Target);
    }

    [Fact]
    public void A_form_is_posted_url_encoded()
    {
        using var server = new LoopbackHttpServer(_ => Ok("done"));
        var run = ScriptRun.Ok($$"""
            fields = Associative Array();
            fields["text"] = "good day";
            fields["lang"] = "en";
            s = New HTTP Request( URL( "{{server.Url("/api")}}" ), Method( "POST" ), Form( Fields( fields ) ) ) << Send;
            Print( s );
            """);
        Assert.Equal(["\"done\""], run.Lines);
        var request = server.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/x-www-form-urlencoded", request.Header("Content-Type"));
        Assert.Equal("lang=en&text=good%20day", request.BodyText);
    }

    [Fact]
    public void Json_is_posted_as_given_or_written_from_an_associative_array()
    {
        using var server = new LoopbackHttpServer(_ => Ok("{}", "application/json"));
        ScriptRun.Ok($$"""
            r = New HTTP Request( URL( "{{server.Url("/a")}}" ), Method( "POST" ), JSON( "\[{"username":"bob"}]\" ) );
            r << Send;
            body = [=>];
            body["n"] = 2;
            r << Reset( URL( "{{server.Url("/b")}}" ), Method( "Put" ), JSON( body ) );
            r << Send;
            """);
        var requests = server.Received.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(("POST", "application/json", "{\"username\":\"bob\"}"), (requests[0].Method, requests[0].Header("Content-Type"), requests[0].BodyText));
        Assert.Equal(("PUT", "/b", "{\"n\":2}"), (requests[1].Method, requests[1].Target, requests[1].BodyText));
    }

    [Fact]
    public void Headers_go_out_and_the_response_headers_come_back_typed()
    {
        using var server = new LoopbackHttpServer(_ => Ok("x") with
        {
            Headers = [new("X-Reply", "yes"), new("Age", "12"), new("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT")],
        });
        var run = ScriptRun.Ok($$"""
            r = New HTTP Request( URL( "{{server.Url("/h")}}" ), Headers( {"Accept: application/json", "X-Token: abc"} ) );
            r << Send;
            h = r << Get Response Headers;
            Print( h["X-Reply"], h["Age"], h["Content-Length"], Year( h["Last-Modified"] ) );
            h2 = New HTTP Request( URL( "{{server.Url("/h2")}}" ), Headers( ["X-One" => "1"] ) ) << Send;
            """);
        Assert.Equal(["\"yes\"", "12", "1", "2015"], run.Lines);
        var requests = server.Received.ToArray();
        Assert.Equal("application/json", requests[0].Header("Accept"));
        Assert.Equal("abc", requests[0].Header("X-Token"));
        Assert.Equal("1", requests[1].Header("X-One"));
    }

    [Fact]
    public void A_404_returns_its_body_and_the_status_messages_say_so()
    {
        using var server = new LoopbackHttpServer(_ => new CannedResponse(404, "Not Found", "no such thing"));
        var url = server.Url("/missing");
        var run = ScriptRun.Ok($$"""
            r = New HTTP Request( URL( "{{url}}" ) );
            s = r << Send;
            Print( s, r << Get Status, r << Get Status Message, r << Is Successful, r << Has Client Error, r << Has Error, r << Has Server Error );
            r << Verbose( "false" );
            r << Send;
            """);
        Assert.Equal([$"HTTP Request: 404 Not Found (GET {url})", "\"no such thing\"", "404", "\"Not Found\"", "0", "1", "1", "0"], run.Lines);
    }

    [Fact]
    public void A_refused_connection_answers_empty_with_curls_connection_status_and_no_dotnet_text()
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }
        var run = ScriptRun.Ok($$"""
            r = New HTTP Request( URL( "http://127.0.0.1:{{port}}/x" ), Verbose( 0 ) );
            Print( r << Send, r << Get Status, r << Get Status Message, r << Is Successful, r << Get Response Headers );
            """);
        Assert.Equal(["Empty()", "7", "\"Couldn't connect to server\"", "0", "Empty()"], run.Lines);
        Assert.Equal("", run.Diagnostics);
    }

    [Fact]
    public void A_slow_server_hits_the_timeout_and_the_script_goes_on()
    {
        using var server = new LoopbackHttpServer(_ => Ok("late") with { Delay = TimeSpan.FromSeconds(20) });
        var clock = Stopwatch.StartNew();
        var run = ScriptRun.Ok($$"""
            r = New HTTP Request( URL( "{{server.Url("/slow")}}" ), Timeout( 0.5 ), Verbose( 0 ) );
            Print( r << Send, r << Get Status, r << Get Status Message );
            """);
        Assert.Equal(["Empty()", "28", "\"Timeout was reached\""], run.Lines);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"the timeout of 0.5 s took {clock.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_the_run_ends_a_send_that_is_waiting()
    {
        using var server = new LoopbackHttpServer(_ => Ok("late") with { Delay = TimeSpan.FromSeconds(30) });
        var diagnostics = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), diagnostics);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        engine.Cancellation = cancel.Token;
        var clock = Stopwatch.StartNew();
        var task = Task.Run(() => Assert.Throws<JslScriptException>(() => engine.Evaluate($$"""New HTTP Request( URL( "{{server.Url("/hang")}}" ) ) << Send;""")));
        var error = await task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("The run was cancelled", string.Join("\n", error.Reports), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void A_script_parses_a_json_answer_as_the_index_sentiment_example_does()
    {
        using var server = new LoopbackHttpServer(_ => Ok("""{"probability": {"neg": 0.25, "neutral": 0.5, "pos": 0.75}, "label": "pos"}""", "application/json"));
        var run = ScriptRun.Ok($$"""
            getSentiment = Function( {text},
                {Default Local},
                fields = Associative Array();
                fields["text"] = text;
                s = New HTTP Request(
                    URL( "{{server.Url("/api/sentiment/")}}" ),
                    Method( "POST" ),
                    Form( Fields( fields ) ),
                    Headers( {"Accept: application/json"} )
                ) << Send;
                sAsList = Parse JSON( s );
                retval = Associative Array();
                retval["pos"] = sAsList["probability"]["pos"];
                retval["label"] = sAsList["label"];
                retval;
            );
            Show( getSentiment( "statistics" ) );
            """);
        Assert.Equal(["getSentiment(\"statistics\") = [\"label\" => \"pos\", \"pos\" => 0.75];"], run.Lines);
        Assert.Equal("text=statistics", server.Single().BodyText);
    }

    [Fact]
    public void Username_and_password_are_sent_as_basic_credentials()
    {
        using var server = new LoopbackHttpServer(_ => Ok(""));
        ScriptRun.Ok($$"""
            New HTTP Request( URL( "{{server.Url("/a")}}" ), Username( "ross" ), Password( "Abc123" ) ) << Send;
            New HTTP Request( URL( "{{server.Url("/b")}}" ), Password( "cm9zczpBYmMxMjM=" ) ) << Send;
            """);
        Assert.All(server.Received, r => Assert.Equal("Basic cm9zczpBYmMxMjM=", r.Header("Authorization")));
    }

    [Fact]
    public void Binary_answers_are_blobs_and_text_or_blob_can_be_asked_for()
    {
        using var server = new LoopbackHttpServer(_ => new CannedResponse(200, "OK", "", "image/png") { RawBody = [0x89, 0x50, 0x4E, 0x47] });
        var run = ScriptRun.Ok($$"""
            r = New HTTP Request( URL( "{{server.Url("/logo.png")}}" ) );
            b = r << Send;
            Print( Type( b ), Length( b ), r << Get MIME Type );
            Print( Type( r << Send( "blob" ) ) );
            """);
        Assert.Equal(["\"BLOB\"", "4", "\"image/png\"", "\"BLOB\""], run.Lines);
    }

    [Fact]
    public void A_redirect_is_followed_and_get_last_url_names_where_it_ended()
    {
        LoopbackHttpServer? self = null;
        using var server = new LoopbackHttpServer(r => r.Target == "/old"
            ? new CannedResponse(302, "Found", "") { Headers = [new("Location", self!.Url("/new"))] }
            : Ok("arrived"));
        self = server;
        var run = ScriptRun.Ok($$"""
            r = New HTTP Request( URL( "{{server.Url("/old")}}" ) );
            Print( r << Send, r << Get Last URL, r << Get Status );
            """);
        Assert.Equal(["\"arrived\"", $"\"{server.Url("/new")}\"", "200"], run.Lines);
    }

    [Fact]
    public void Download_writes_the_body_to_a_file_and_renames_when_asked()
    {
        using var server = new LoopbackHttpServer(_ => Ok("file body"));
        var folder = Directory.CreateTempSubdirectory("jsl-http-");
        try
        {
            var target = Path.Combine(folder.FullName, "data.txt").Replace('\\', '/');
            var run = ScriptRun.Ok($$"""
                r = New HTTP Request( URL( "{{server.Url("/data.txt")}}" ) );
                Print( r << Download( "{{target}}", "replace" ) );
                Print( r << Download( "{{target}}", "rename" ) );
                r << Download( "{{target}}", "append" );
                Print( Load Text File( "{{target}}" ) );
                """);
            Assert.Equal([$"\"{target}\"", $"\"{target[..^4]}(1).txt\"", "\"file bodyfile body\""], run.Lines);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
