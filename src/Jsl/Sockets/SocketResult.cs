using Jsl.Runtime.Values;

namespace Jsl.Sockets;

/// <summary>
/// Result lists of socket messages (spec §1): item 1 the message name in lower case without
/// spaces, item 2 <c>"ok"</c> or a catalogue string, then the message's own items.
/// </summary>
internal static class SocketResult
{
    /// <summary><c>{name, "ok", items...}</c>.</summary>
    public static ListValue Ok(string name, params Value[] items)
    {
        var list = new List<Value>(items.Length + 3) { new StringValue(name), new StringValue(SocketErrorCatalog.Ok) };
        list.AddRange(items);
        return new ListValue(list);
    }

    /// <summary><c>{name, status, items...}</c> for any status string.</summary>
    public static ListValue WithStatus(string name, string status, params Value[] items)
    {
        var list = new List<Value>(items.Length + 3) { new StringValue(name), new StringValue(status) };
        list.AddRange(items);
        return new ListValue(list);
    }

    /// <summary><c>{name, "CODE: Sentence. "}</c>.</summary>
    public static ListValue Error(string name, SocketErrorCode code) => WithStatus(name, SocketErrorCatalog.Text(code));

    /// <summary>True when item 2 of <paramref name="result"/> is <c>"ok"</c>.</summary>
    public static bool IsOk(ListValue result) =>
        result.Count >= 2 && result.Items[1] is StringValue { Value: SocketErrorCatalog.Ok };
}
