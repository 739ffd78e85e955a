using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Collections;

/// <summary>
/// What an associative array answers to <c>aa &lt;&lt; Message(...)</c> (Scripting Guide,
/// "Associative Array Messages"): its rows of the message table. Keys are walked in the array's
/// sorted order; arguments are evaluated before the message runs, and errors point at the <c>&lt;&lt;</c>.
/// </summary>
internal static class AssociativeArrayMessages
{
    private const string Reading = "Reading";
    private const string Changing = "Changing";

    /// <summary>Adds the associative array's messages to the table.</summary>
    public static void Register(MessageTable table)
    {
        var receiver = table.Receiver<AssociativeArrayValue>("Associative Array");
        receiver.NotAMessage = "an associative array message must be a name or a call";
        receiver
            .Add(Reading, "Get Keys", static m => new ListValue(CopyAll(Array(m, 0, 0).Entries.Keys)))
            .Add(Reading, "Get Values", GetValues)
            .Add(Reading, "Get Value", static m =>
            {
                var args = m.EvaluatedArgs(1, 1);
                return AssociativeArrayBuiltins.Lookup(m.Send, Of(m), args[0]).CopyForAssignment();
            })
            .Add(Reading, "Get Contents", static m => new ListValue(Array(m, 0, 0).Entries
                .Select(e => (Value)new ListValue([e.Key.CopyForAssignment(), e.Value.CopyForAssignment()])).ToList()))
            .Add(Reading, "Contains", static m => NumberValue.Of(Of(m).Entries.ContainsKey(m.EvaluatedArgs(1, 1)[0])))
            .Add(Reading, "N Items", static m => NumberValue.Of(Array(m, 0, 0).Count))
            .Add(Reading, "First", static m =>
            {
                var array = Array(m, 0, 0);
                return array.Count == 0 ? EmptyValue.Instance : array.Entries.Keys[0].CopyForAssignment();
            })
            .Add(Reading, "Next", static m => Next(Of(m), m.EvaluatedArgs(1, 1)[0]))
            .Add(Reading, "Get Default Value", static m => Array(m, 0, 0).DefaultValue?.CopyForAssignment() ?? EmptyValue.Instance)
            .Add(Changing, "Insert", static m =>
            {
                AssociativeArrayBuiltins.Insert(m.Send, Of(m), m.EvaluatedArgs(0, int.MaxValue));
                return m.Receiver;
            })
            .Add(Changing, "Remove", static m =>
            {
                AssociativeArrayBuiltins.RemoveKeys(m.Send, Of(m), m.EvaluatedArgs(1, 1)[0]);
                return m.Receiver;
            })
            .Add(Changing, "Set Default Value", static m =>
            {
                Of(m).DefaultValue = m.EvaluatedArgs(1, 1)[0].CopyForAssignment();
                return m.Receiver;
            });
    }

    private static Value GetValues(MessageCall m)
    {
        var args = m.EvaluatedArgs(0, 1);
        var array = Of(m);
        if (args.Length == 0) return new ListValue(array.Entries.Values.Select(v => v.CopyForAssignment()).ToList());
        if (args[0] is not ListValue wanted) throw m.Send.Error("Get Values needs a list of keys");
        return new ListValue(wanted.Items.Select(k => AssociativeArrayBuiltins.Lookup(m.Send, array, AssociativeArrayBuiltins.Key(m.Send, k)).CopyForAssignment()).ToList());
    }

    /// <summary>
    /// The key after <paramref name="key"/> in sorted order. Decision: after the last key (or on an
    /// empty array) the answer is <c>Empty()</c>; a key that is not in the array still finds the next
    /// larger one.
    /// </summary>
    private static Value Next(AssociativeArrayValue array, Value key)
    {
        return array.Entries.KeyAfter(key)?.CopyForAssignment() ?? EmptyValue.Instance;
    }

    private static AssociativeArrayValue Of(MessageCall m) => (AssociativeArrayValue)m.Receiver;

    /// <summary>The receiver, after checking that the message has no more than <paramref name="max"/> arguments.</summary>
    private static AssociativeArrayValue Array(MessageCall m, int min, int max)
    {
        m.RequireCount(min, max);
        return Of(m);
    }

    private static List<Value> CopyAll(IReadOnlyList<Value> values)
    {
        var copies = new List<Value>(values.Count);
        for (var i = 0; i < values.Count; i++) copies.Add(values[i].CopyForAssignment());
        return copies;
    }
}
