using Jsl.Runtime.Values;

namespace Jsl.Sockets;

/// <summary>
/// Result lists of socket messages (spec §1): item 1 the message name in lower case without
/// spaces, item 2 <c>"ok"</c> or a catalogue string, then the message's own items.
/// </summary>
/// <remarks>
/// Strings are immutable values, so the <c>"ok"</c> of every result (and the name of the lists a
/// busy background operation makes for each callback) is one shared value rather than a new one
/// per result. Each list has room for one more item: a callback's list gets its socket appended.
/// </remarks>
internal static class SocketResult
{
    /// <summary>The shared <c>"ok"</c> status value.</summary>
    public static readonly StringValue OkStatus = new(SocketErrorCatalog.Ok);

    /// <summary><c>{name, "ok", items...}</c>.</summary>
    public static ListValue Ok(string name, params Value[] items) => Ok(new StringValue(name), items);

    /// <summary><c>{name, "ok", items...}</c> with a name value made once by the caller.</summary>
    public static ListValue Ok(StringValue name, params Value[] items) => List(name, OkStatus, items);

    /// <summary><c>{name, "ok", item}</c>: the list of each background read and each Send, with no array for the items.</summary>
    public static ListValue Ok(StringValue name, Value item) => new(new List<Value>(4) { name, OkStatus, item });

    /// <summary><c>{name, status, items...}</c> for any status string.</summary>
    public static ListValue WithStatus(string name, string status, params Value[] items) => WithStatus(new StringValue(name), status, items);

    /// <summary><c>{name, status, items...}</c> with a name value made once by the caller.</summary>
    public static ListValue WithStatus(StringValue name, string status, params Value[] items) =>
        List(name, status == SocketErrorCatalog.Ok ? OkStatus : new StringValue(status), items);

    /// <summary><c>{name, status, items...}</c> with the status of <paramref name="outcome"/>.</summary>
    public static ListValue WithStatus(StringValue name, SocketOutcome outcome, params Value[] items) =>
        List(name, outcome.IsOk ? OkStatus : new StringValue(Text(outcome)), items);

    /// <summary>The status string of <paramref name="outcome"/>: <c>"ok"</c>, the catalogue's text, or an unlisted error's.</summary>
    public static string Text(SocketOutcome outcome) => outcome switch
    {
        { Code: { } code } => SocketErrorCatalog.Text(code),
        { Unexpected: { } kind } => SocketErrorCatalog.Unlisted("SOCKETERROR", "The system reported an unexpected failure (" + kind + ")."),
        { Unlisted: not System.Net.Sockets.SocketError.Success } => SocketErrorMapping.UnlistedText(outcome.Unlisted),
        _ => SocketErrorCatalog.Ok,
    };

    private static ListValue List(StringValue name, StringValue status, Value[] items)
    {
        var list = new List<Value>(items.Length + 3) { name, status };
        list.AddRange(items);
        return new ListValue(list);
    }

    /// <summary><c>{name, "CODE: Sentence. "}</c>.</summary>
    public static ListValue Error(string name, SocketErrorCode code) => WithStatus(name, SocketErrorCatalog.Text(code));

    /// <summary>True when item 2 of <paramref name="result"/> is <c>"ok"</c>.</summary>
    public static bool IsOk(ListValue result) =>
        result.Count >= 2 && result.Items[1] is StringValue { Value: SocketErrorCatalog.Ok };
}
