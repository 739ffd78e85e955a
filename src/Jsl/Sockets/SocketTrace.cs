using System.Globalization;
using System.Text;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Sockets;

/// <summary>
/// <c>jsl --trace</c> (spec §8): one line on standard error per socket message and per callback
/// dispatch, <c>HH:mm:ss.fff FILE:LINE:COL socket#N &lt;&lt; Recv(1000) -&gt; {...}</c> and
/// <c>... socket#N callback onData &lt;- {...}</c>.
/// </summary>
internal sealed class SocketTrace(TextWriter writer)
{
    /// <summary>Blobs longer than this show their first bytes and their length.</summary>
    public const int BlobPreviewBytes = 48;

    private readonly Lock gate = new();

    /// <summary>Traces a message and its result list.</summary>
    public void Message(SourcePosition position, int socketId, Node message, Value result) =>
        WriteLine(position, socketId, "<< " + MessageText(message) + " -> " + Format(result));

    /// <summary>Traces the dispatch of a callback with the list it receives.</summary>
    public void Callback(SourcePosition position, int socketId, string callbackName, Value argument) =>
        WriteLine(position, socketId, "callback " + callbackName + " <- " + Format(argument));

    /// <summary>Traces an address the network policy refused, and why: the rule, or "not in the allow list".</summary>
    public void PolicyRefusal(SourcePosition position, int socketId, System.Net.IPEndPoint endpoint, string reason) =>
        WriteLine(position, socketId, "network policy refused " + endpoint + ": " + reason);

    /// <summary>
    /// The message as written, <c>Recv(1000)</c>. Printed head and arguments separately: as a
    /// whole, <c>Send(x)</c> would print as the <c>&lt;&lt;</c> operator it shares its name with.
    /// </summary>
    public static string MessageText(Node message)
    {
        if (message is not CallNode call) return message is NameNode name ? name.Text : ExpressionPrinter.Print(message);
        var sb = new StringBuilder(call.HeadText).Append('(');
        for (var i = 0; i < call.Args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            ExpressionPrinter.Append(sb, call.Args[i], null);
        }
        return sb.Append(')').ToString();
    }

    /// <summary>A value as JSL text, with long blobs shortened to a preview and their length.</summary>
    public static string Format(Value value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Value value)
    {
        switch (value)
        {
            case ListValue list:
                sb.Append('{');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, list.Items[i]);
                }
                sb.Append('}');
                break;
            case BlobValue blob when blob.Bytes.Length > BlobPreviewBytes:
                sb.Append("Char To Blob( \"")
                    .Append(AsciiHex.Encode(blob.Bytes.AsSpan(0, BlobPreviewBytes)))
                    .Append("...\", \"ascii~hex\" ) /* ")
                    .Append(blob.Bytes.Length.ToString(CultureInfo.InvariantCulture))
                    .Append(" bytes */");
                break;
            default:
                ValueFormatter.AppendCode(sb, value);
                break;
        }
    }

    /// <summary>
    /// Writes one record. Strings in the message and its result print raw, line breaks and all,
    /// so the record goes through <see cref="OneLineText"/>: spec §8 says one line each, and a
    /// reader splitting the trace at line ends must get whole records.
    /// </summary>
    private void WriteLine(SourcePosition position, int socketId, string text)
    {
        var line = DateTime.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + position + " socket#" + socketId.ToString(CultureInfo.InvariantCulture) + " " + OneLineText.Of(text);
        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
