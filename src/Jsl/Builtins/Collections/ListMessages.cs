using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Collections;

/// <summary>
/// <c>list &lt;&lt; message</c>: JSL sends the message to each item and gives the list of the
/// answers (jsl-hamcrest's <c>this:matchers &lt;&lt; describe()</c> over a list of matcher objects).
/// A list has no messages of its own, so the whole kind is its fallback.
/// </summary>
internal static class ListMessages
{
    /// <summary>Adds the list receiver to the table.</summary>
    public static void Register(MessageTable table)
    {
        var receiver = table.Receiver<ListValue>("List");
        receiver.Fallback = Broadcast;
    }

    private static Value Broadcast(MessageCall m)
    {
        var items = ((ListValue)m.Receiver).Items;
        var answers = new List<Value>(items.Count);
        var table = m.Send.Interpreter.Builtins.Messages;
        // Decision: the message is sent to a snapshot of the items, so a method that changes the list does not change which items get it.
        foreach (var item in items.ToArray()) answers.Add(table.Send(m.Send, item, m.Written));
        return new ListValue(answers);
    }
}
