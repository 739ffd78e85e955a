using System.Text.RegularExpressions;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary><c>jsl --trace</c>: one line per message and per callback on standard error (spec §8).</summary>
public sealed partial class TraceTests
{
    [GeneratedRegex(@"^\d\d:\d\d:\d\d\.\d{3} test\.jsl:(\d+):(\d+) socket#(\d+) (.*)$")]
    private static partial Regex TraceLine();

    [Fact]
    public void Every_message_and_callback_is_traced_with_time_position_socket_and_result()
    {
        var run = ScriptRun.Ok("""
            server = Socket();
            server << Bind( "127.0.0.1", "0" );
            server << Listen();
            port = (server << GetSockName)[4];
            client = Socket();
            client << Connect( "127.0.0.1", port );
            peer = (server << Accept Fast())[4];
            onData = Function( {r}, 1 );
            peer << Recv( 1000, "onData" );
            client << Send( "hi" );
            Wait( 0.3 );
            client << Close();
            """, trace: true);
        var lines = run.Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(TraceLine(), line));
        var parsed = lines.Select(line => TraceLine().Match(line)).Select(m => (Line: int.Parse(m.Groups[1].Value), Column: int.Parse(m.Groups[2].Value), Socket: m.Groups[3].Value, Text: m.Groups[4].Value)).ToList();
        Assert.Contains((2, 1, "1", "<< Bind(\"127.0.0.1\", \"0\") -> {\"bind\", \"ok\"}"), parsed);
        Assert.Contains((3, 1, "1", "<< Listen() -> {\"listen\", \"ok\"}"), parsed);
        Assert.Contains(parsed, p => p.Line == 4 && p.Text.StartsWith("<< GetSockName -> {\"getsockname\", \"ok\", \"127.0.0.1\", \"", StringComparison.Ordinal));
        Assert.Contains((6, 1, "2", "<< Connect(\"127.0.0.1\", port) -> {\"connect\", \"ok\"}"), parsed);
        Assert.Contains((7, 9, "1", "<< Accept Fast() -> {\"acceptfast\", \"ok\", \"\", Socket[STREAM]}"), parsed);
        Assert.Contains((9, 1, "3", "<< Recv(1000, \"onData\") -> {\"recv\", \"ok\"}"), parsed);
        Assert.Contains((10, 1, "2", "<< Send(\"hi\") -> {\"send\", \"ok\", Char To Blob( \"\", \"ascii~hex\" )}"), parsed);
        Assert.Contains((9, 1, "3", "callback onData <- {\"recv\", \"ok\", Char To Blob( \"hi\", \"ascii~hex\" ), Socket[STREAM]}"), parsed);
        Assert.Contains((9, 1, "3", "callback onData <- {\"recv\", \"" + Status.Closed + "\", Socket[STREAM]}"), parsed);
        Assert.Contains((12, 1, "2", "<< Close() -> {\"close\", \"ok\"}"), parsed);
    }

    [Fact]
    public void Long_blobs_are_shortened_with_their_length()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            big = "0123456789"; For( i = 1, i <= 10, i++, big = big || big );
            client << Send( big );
            peer << Recv( 100 );
            """, trace: true);
        var recv = run.Diagnostics.Split('\n').Single(line => line.Contains("<< Recv(100)", StringComparison.Ordinal));
        Assert.EndsWith("-> {\"recv\", \"ok\", Char To Blob( \"012345678901234567890123456789012345678901234567...\", \"ascii~hex\" ) /* 100 bytes */}", recv);
    }

    [Fact]
    public void A_string_with_line_breaks_keeps_each_record_on_one_line()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            onData = Function( {r}, 1 );
            peer << Recv( 100, "onData" );
            client << Send( "one\!ntwo\!r\!nthree" );
            Wait( 0.3 );
            client << Close();
            """, trace: true);
        var lines = run.Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(TraceLine(), line));
        Assert.DoesNotContain('\r', run.Diagnostics);
        var send = Assert.Single(lines, line => line.Contains("<< Send(", StringComparison.Ordinal));
        Assert.Contains("<< Send(\"one\\!ntwo\\!r\\!nthree\") -> {\"send\", \"ok\"", send);
        Assert.Contains(lines, line => line.Contains("callback onData <- {\"recv\", \"ok\", ", StringComparison.Ordinal));
    }

    [Fact]
    public void Tabs_nul_and_other_control_characters_are_written_as_escapes()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            onData = Function( {r}, 1 );
            peer << Recv( 100, "onData" );
            client << Send( "a\!tb\!0c" || Hex To Char( "1B" ) || "d" || Hex To Char( "E280A8" ) || "e\!ff" );
            Wait( 0.3 );
            """ + "client << Send( \"raw\u001B\u2028\u0085\" );\n" + """
            client << Close();
            """, trace: true);
        var lines = run.Diagnostics.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(TraceLine(), line));
        Assert.Contains(lines, line => line.Contains("<< Send(\"raw\\!x1B\\!x2028\\!x85\") -> {\"send\", \"ok\"", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Diagnostics, c => c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029'));
        var send = Assert.Single(lines, line => line.Contains("<< Send(\"a", StringComparison.Ordinal));
        Assert.Contains("<< Send(\"a\\!tb\\!0c\" || Hex To Char(\"1B\") || \"d\" || Hex To Char(\"E280A8\") || \"e\\!ff\") -> {\"send\", \"ok\"", send);
        Assert.Contains(lines, line => line.Contains("callback onData <- {\"recv\", \"ok\", Char To Blob( \"a~09b~00c~1Bd", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_trace_nothing_is_written()
    {
        var run = ScriptRun.Ok(Jsl.Pair + "client << Send( \"x\" );");
        Assert.Equal("", run.Diagnostics);
    }
}
