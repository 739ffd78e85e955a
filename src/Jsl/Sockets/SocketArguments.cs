using System.Net.Sockets;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Sockets.Resolution;
using Jsl.Syntax.Tree;

namespace Jsl.Sockets;

/// <summary>
/// Reads the arguments of socket messages and functions (spec §8 Arguments). Misuse is a JSL
/// error at the call; only network outcomes are returned as lists.
/// </summary>
internal static class SocketArguments
{
    /// <summary>A host name or numeric address (a string).</summary>
    public static string Host(CallContext c, int index, string message)
    {
        RequireArg(c, index, message, "a host");
        return c.Eval(index) is StringValue s ? s.Value : throw c.Error($"{message}: the host must be a string");
    }

    /// <summary>A port: a number or numeric string 0–65535, or a service name the system knows.</summary>
    public static int Port(CallContext c, int index, string message, INameResolver resolver, ProtocolType protocol)
    {
        RequireArg(c, index, message, "a port");
        var value = c.Eval(index);
        return value switch
        {
            NumberValue n when SocketPort.TryFromNumber(n.Value, out var port) => port,
            StringValue s when SocketPort.TryParse(s.Value, resolver, protocol, out var port) => port,
            NumberValue or StringValue => throw c.Error($"{message}: {Describe(value)} is not a port (0 to 65535 or a service name)"),
            _ => throw c.Error($"{message}: the port must be a string or a number"),
        };
    }

    /// <summary>An optional port (absent: 0).</summary>
    public static int OptionalPort(CallContext c, int index, string message, INameResolver resolver, ProtocolType protocol) =>
        index < c.Count && !c.IsEmptyArg(index) ? Port(c, index, message, resolver, protocol) : 0;

    /// <summary>
    /// <c>n</c> of <c>Recv(n)</c>: a number of at least 1, fractional part dropped. Decision: a
    /// number beyond the largest .NET buffer is read as that largest size; nothing is allocated up
    /// front either way.
    /// </summary>
    public static int ByteCount(CallContext c, int index, string message)
    {
        RequireArg(c, index, message, "the number of bytes");
        if (c.Eval(index) is not NumberValue n || double.IsNaN(n.Value))
        {
            throw c.Error($"{message}: the number of bytes must be a number");
        }
        var whole = Math.Truncate(n.Value);
        if (whole < 1) throw c.Error($"{message}: the number of bytes must be at least 1");
        return whole >= Array.MaxLength ? Array.MaxLength : (int)whole;
    }

    /// <summary>The callback of a background form: a function's name (string) or a function; null when absent.</summary>
    public static Value? Callback(CallContext c, int index, string message)
    {
        if (index >= c.Count || c.IsEmptyArg(index)) return null;
        return c.Eval(index) switch
        {
            StringValue { Value.Length: > 0 } name => name,
            FunctionValue function => function,
            _ => throw c.Error($"{message}: the callback must be the name of a function (a string) or a function"),
        };
    }

    /// <summary>The timeout of a background form in seconds; absent, missing or 0: never.</summary>
    public static TimeSpan Timeout(CallContext c, int index, string message)
    {
        if (index >= c.Count || c.IsEmptyArg(index)) return TimeSpan.Zero;
        if (c.Eval(index) is not NumberValue n) throw c.Error($"{message}: the timeout must be a number of seconds");
        if (double.IsNaN(n.Value) || n.Value == 0) return TimeSpan.Zero;
        if (n.Value < 0 || double.IsInfinity(n.Value)) throw c.Error($"{message}: the timeout must be a number of seconds, 0 or more");
        return TimeSpan.FromSeconds(Math.Min(n.Value, TimeSpan.MaxValue.TotalSeconds / 2));
    }

    /// <summary>
    /// Data to send: a blob, or a string converted as <c>Char To Blob(s, "ASCII~HEX")</c> would
    /// (Decision in spec §1).
    /// </summary>
    public static byte[] Data(CallContext c, int index, string message)
    {
        RequireArg(c, index, message, "the data");
        return c.Eval(index) switch
        {
            BlobValue blob => blob.Bytes,
            StringValue text => AsciiHex.Decode(text.Value),
            _ => throw c.Error($"{message}: the data must be a blob or a string"),
        };
    }

    /// <summary>
    /// A keyword written bare or quoted (<c>FIONBIO</c>, <c>"FIONBIO"</c>), or a variable holding
    /// one, upper-cased; null when it is none of <paramref name="known"/>.
    /// </summary>
    public static string? Keyword(CallContext c, int index, params string[] known)
    {
        var written = c.SymbolArg(index)?.Trim().ToUpperInvariant();
        if (written is not null && known.Contains(written)) return written;
        // An unknown bare name that is not a variable either: the caller's own message says what was expected.
        if (c.ArgNode(index) is NameNode name && c.Interpreter.LookupVariable(name, c.Scope) is null) return null;
        var value = c.Eval(index) is StringValue s ? s.Value.Trim().ToUpperInvariant() : null;
        return value is not null && known.Contains(value) ? value : null;
    }

    /// <summary>Fails unless argument <paramref name="index"/> was written.</summary>
    public static void RequireArg(CallContext c, int index, string message, string what)
    {
        if (index >= c.Count || c.IsEmptyArg(index)) throw c.Error($"{message}: {what} is missing");
    }

    /// <summary>Fails when more than <paramref name="max"/> arguments were written.</summary>
    public static void AtMost(CallContext c, int max, string message)
    {
        if (c.Count > max) throw c.Error($"{message}: too many arguments");
    }

    private static string Describe(Value value) => ValueFormatter.ToCode(value);
}
