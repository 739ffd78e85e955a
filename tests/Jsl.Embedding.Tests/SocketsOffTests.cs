namespace Jsl.Embedding.Tests;

/// <summary><see cref="Engine.SocketsEnabled"/> false: the script may not use the network, and is told why.</summary>
public sealed class SocketsOffTests
{
    [Theory]
    [InlineData("Socket()", "Socket")]
    [InlineData("Socket( DGRAM, IPV4 )", "Socket")]
    [InlineData("Get Addr Info( \"localhost\", 80 )", "Get Addr Info")]
    [InlineData("Get Name Info( \"127.0.0.1\" )", "Get Name Info")]
    public void Each_way_into_the_network_fails_saying_the_host_turned_sockets_off(string call, string name)
    {
        var engine = new Engine(new CollectingLog()) { SocketsEnabled = false };
        var error = Assert.Throws<JslScriptException>(() => engine.Evaluate("x = 1;\n" + call, "off.jsl"));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal($"{name}: the host turned sockets off", diagnostic.Message);
        Assert.Equal(JslDiagnosticKind.Runtime, diagnostic.Kind);
        Assert.Equal(("off.jsl", 2, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void The_script_can_catch_the_error_and_carry_on()
    {
        var engine = new Engine(new CollectingLog()) { SocketsEnabled = false };
        Assert.Equal("Socket: the host turned sockets off", engine.Evaluate("Try( Socket(), Char( exception_msg[1] ) )").AsString());
    }

    [Fact]
    public void Sockets_are_on_by_default_and_can_be_turned_back_on()
    {
        var engine = new Engine(new CollectingLog());
        Assert.True(engine.SocketsEnabled);
        engine.SocketsEnabled = false;
        Assert.Throws<JslScriptException>(() => engine.Evaluate("Socket()"));
        engine.SocketsEnabled = true;
        Assert.Equal("Socket", engine.Evaluate("s = Socket(); t = Type( s ); s << Close(); t").AsString());
    }
}
