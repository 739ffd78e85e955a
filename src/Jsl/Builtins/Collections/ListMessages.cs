using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// <c>list &lt;&lt; message</c>: JSL sends the message to each item and gives the list of the
/// answers (jsl-hamcrest's <c>this:matchers &lt;&lt; describe()</c> over a list of matcher objects).
/// </summary>
internal static class ListMessages
{
    public static Value Handle(CallContext c, Value target, Node message)
    {
        var items = ((ListValue)target).Items;
        var answers = new List<Value>(items.Count);
        // Decision: the message is sent to a snapshot of the items, so a method that changes the list does not change which items get it.
        foreach (var item in items.ToArray()) answers.Add(CollectionCoreBuiltins.SendTo(c, item, message));
        return new ListValue(answers);
    }
}
