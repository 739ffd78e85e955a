using Jsl.Runtime.Output;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// A host (or the <c>jsl</c> signal handler) calls <see cref="Engine.CloseSockets"/> from another
/// thread while the script's thread is inside a blocking message: the message answers with a
/// status list, never a .NET error such as "Value cannot be null" (issue 8).
/// </summary>
public sealed class CloseFromAnotherThreadTests
{
    [Theory]
    [InlineData("Recv( 10 )")]
    [InlineData("Send( Char To Blob( Repeat( \"x\", 50000000 ) ) )")]
    public void A_blocked_message_answers_with_a_status_when_the_host_closes_the_sockets(string message)
    {
        var output = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(TextWriter.Synchronized(output)), TextWriter.Null);
        var script = $"""
            server = Socket(); server << Bind( "127.0.0.1", "0" ); server << Listen();
            c = Socket(); c << Connect( "127.0.0.1", (server << GetSockName)[4] );
            peer = server << Accept();
            Print( "blocking" );
            r = c << {message};
            r[1] || " " || Char( Is String( r[2] ) );
            """;
        Exception? failure = null;
        string? value = null;
        var thread = new Thread(() =>
        {
            try
            {
                value = Engine.Format(engine.EvaluateValue(script));
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 64 * 1024 * 1024);
        thread.Start();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Synchronized(output).Contains("blocking", StringComparison.Ordinal) && DateTime.UtcNow < deadline) Thread.Sleep(10);
        Thread.Sleep(200);
        engine.CloseSockets();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the blocked message did not return after CloseSockets");
        Assert.Null(failure);
        var name = message.StartsWith("Recv", StringComparison.Ordinal) ? "recv" : "send";
        Assert.Equal($"\"{name} 1\"", value);
    }

    private static string Synchronized(StringWriter writer)
    {
        lock (writer) return writer.ToString();
    }
}
