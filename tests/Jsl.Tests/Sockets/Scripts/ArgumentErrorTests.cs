using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// Misuse of the language is a JSL error at the call, with the script's line and column, never a
/// returned list (spec §1, §8 Arguments).
/// </summary>
public sealed class ArgumentErrorTests
{
    public static TheoryData<string, string> Misuses() => new()
    {
        { "Socket( TCP )", "Socket: expected STREAM or DGRAM" },
        { "Socket( STREAM, IPV4, 3 )", "too many arguments in access or evaluation of 'Socket'" },
        { "s << Connect( \"127.0.0.1\" )", "Connect: a port is missing" },
        { "s << Connect()", "Connect: a host is missing" },
        { "s << Connect( 127, \"80\" )", "Connect: the host must be a string" },
        { "s << Connect( \"127.0.0.1\", {80} )", "Connect: the port must be a string or a number" },
        { "s << Connect( \"127.0.0.1\", 70000 )", "Connect: 70000 is not a port" },
        { "s << Connect( \"127.0.0.1\", -1 )", "Connect: -1 is not a port" },
        { "s << Connect( \"127.0.0.1\", \"no-such-service\" )", "is not a port" },
        { "s << Bind( \"127.0.0.1\", \"65536\" )", "Bind: \"65536\" is not a port" },
        { "s << Bind( \"127.0.0.1\" )", "Bind: a port is missing" },
        { "s << Send()", "Send: the data is missing" },
        { "s << Send( 42 )", "Send: the data must be a blob or a string" },
        { "d << SendTo( \"127.0.0.1\", \"9\" )", "SendTo: the data is missing" },
        { "d << SendTo( \"127.0.0.1\", \"x y\", \"data\" )", "is not a port" },
        { "s << Recv()", "Recv: the number of bytes is missing" },
        { "s << Recv( 0 )", "Recv: the number of bytes must be at least 1" },
        { "s << Recv( -5 )", "Recv: the number of bytes must be at least 1" },
        { "s << Recv( 0.5 )", "Recv: the number of bytes must be at least 1" },
        { "s << Recv( \"10\" )", "Recv: the number of bytes must be a number" },
        { "s << Recv( {10} )", "Recv: the number of bytes must be a number" },
        { "s << Recv( 10, 5 )", "Recv: the callback must be" },
        { "s << Recv( 10, \"cb\", \"soon\" )", "Recv: the timeout must be a number" },
        { "s << Recv( 10, \"cb\", -1 )", "Recv: the timeout must be a number of seconds, 0 or more" },
        { "s << Recv( 1, \"cb\", 1, 2 )", "Recv: too many arguments" },
        { "d << RecvFrom()", "RecvFrom: the number of bytes is missing" },
        { "d << RecvFrom( 0 )", "RecvFrom: the number of bytes must be at least 1" },
        { "s << Accept( 3 )", "Accept: the callback must be" },
        { "s << Accept Fast( \"cb\", \"x\" )", "Accept Fast: the timeout must be a number" },
        { "s << Ioctl()", "Ioctl: the command (FIONBIO or FIONREAD) is missing" },
        { "s << Ioctl( FIONBLAH, 1 )", "Ioctl: the command must be FIONBIO or FIONREAD" },
        { "s << Ioctl( FIONBIO )", "Ioctl: the FIONBIO value (0 or 1) is missing" },
        { "s << Ioctl( FIONBIO, \"yes\" )", "Ioctl: the FIONBIO value must be 0 or 1" },
        { "s << Ioctl( FIONREAD, 1 )", "Ioctl: FIONREAD takes no value" },
        { "s << Close( 1 )", "Close: too many arguments" },
        { "s << GetPeerName( 1 )", "GetPeerName: too many arguments" },
        { "s << GetSockName( 1 )", "GetSockName: too many arguments" },
        { "s << Frobnicate()", "Socket does not recognize the message 'Frobnicate'" },
        { "Get Addr Info()", "requires at least 1 argument in access or evaluation of 'Get Addr Info'" },
        { "Get Addr Info( \"localhost\", \"nope nope\" )", "is not a port" },
        { "Get Name Info( 127 )", "Get Name Info: the host must be a string" },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void Misuse_is_a_jsl_error_with_the_position_of_the_call(string call, string message)
    {
        var report = ScriptRun.Error("s = Socket();\nd = Socket( DGRAM );\n" + call + ";\nPrint( \"not reached\" );\n", new FakeNameResolver());
        Assert.StartsWith("test.jsl:3:", report, StringComparison.Ordinal);
        Assert.Contains(message, report, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked_even_on_a_closed_socket()
    {
        var report = ScriptRun.Error("s = Socket(); s << Close();\ns << Recv( 0 );");
        Assert.StartsWith("test.jsl:2:", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fractional_byte_count_is_truncated_and_a_numeric_string_port_is_accepted()
    {
        var run = ScriptRun.Ok(Jsl.Pair + """
            client << Send( "abc" );
            Print( peer << Recv( 1.9 ) );
            Print( Socket() << Bind( "127.0.0.1", " 0 " ) );
            Print( Socket() << Bind( "127.0.0.1", 0 ) );
            """);
        Assert.Equal(["{\"recv\", \"ok\", Char To Blob( \"a\", \"ascii~hex\" )}", Status.List("bind", "ok"), Status.List("bind", "ok")], run.Lines);
    }
}
