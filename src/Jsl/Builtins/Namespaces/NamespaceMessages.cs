using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Builtins.Namespaces;

/// <summary>
/// What a namespace answers to <c>ns &lt;&lt; Message(...)</c> (Scripting Index, Objects: Namespace):
/// its rows of the message table. Keys are member names as strings, walked in key order; errors
/// point at the <c>&lt;&lt;</c>.
/// </summary>
/// <remarks>
/// Decision: a deleted namespace answers only <c>Get Name</c>; any other message is an error
/// saying it was deleted.
/// </remarks>
internal static class NamespaceMessages
{
    private const string Reading = "Reading";
    private const string Changing = "Changing";

    public static void Register(MessageTable table)
    {
        var receiver = table.Receiver<NamespaceValue>("Namespace");
        receiver.NotAMessage = "a namespace message must be a name or a call";
        receiver
            .Add(Reading, "Get Name", static m =>
            {
                m.EvaluatedArgs(0, 0);
                return new StringValue(((NamespaceValue)m.Receiver).Name);
            })
            .Add(Reading, "Get Keys", static m => new ListValue(NamespaceMembers.Sorted(Live(m, 0, 0)).Select(e => (Value)new StringValue(((NamespaceValue)m.Receiver).SpellingOf(e.Key))).ToList()))
            .Add(Reading, "Get Values", GetValues)
            .Add(Reading, "Get Value", static m =>
            {
                var ns = Live(m, 1, 1);
                var written = m.EvaluatedArgs(1, 1)[0];
                var key = Key(m, written);
                return ns.Variables.TryGet(key, out var value) ? value.CopyForAssignment() : throw NoMember(m, ns, written);
            })
            .Add(Reading, "Get Contents", static m =>
            {
                var ns = Live(m, 0, 0);
                return new ListValue(NamespaceMembers.Sorted(ns)
                    .Select(e => (Value)new ListValue([new StringValue(ns.SpellingOf(e.Key)), e.Value.CopyForAssignment()])).ToList());
            })
            .Add(Reading, "Contains", static m =>
            {
                var ns = Live(m, 1, 1);
                return NumberValue.Of(m.EvaluatedArgs(1, 1)[0] is StringValue text && ns.Variables.Contains(Symbol.Intern(text.Value)));
            })
            .Add(Reading, "N Items", static m => NumberValue.Of(Live(m, 0, 0).Variables.Count))
            .Add(Reading, "First", static m =>
            {
                var members = NamespaceMembers.Sorted(Live(m, 0, 0));
                return members.Count == 0 ? EmptyValue.Instance : new StringValue(((NamespaceValue)m.Receiver).SpellingOf(members[0].Key));
            })
            .Add(Reading, "Next", Next)
            .Add(Reading, "Show Contents", static m =>
            {
                NamespaceListing.Write(m.Send.Interpreter.Log, Live(m, 0, 0));
                return EmptyValue.Instance;
            })
            .Add(Changing, "Insert", Insert)
            .Add(Changing, "Remove", Remove)
            .Add(Changing, "Lock Namespace", static m => SetLocks(m, locking: true))
            .Add(Changing, "Unlock Namespace", static m => SetLocks(m, locking: false))
            .Add(Changing, "Delete Namespace", Delete)
            .Add(Changing, "Delete", Delete);
    }

    /// <summary>The receiver, after checking it is not deleted and the message's argument count.</summary>
    private static NamespaceValue Live(MessageCall m, int min, int max)
    {
        var ns = (NamespaceValue)m.Receiver;
        if (ns.IsDeleted) throw ns.Deleted(m.Send.Call);
        m.RequireCount(min, max);
        return ns;
    }

    /// <summary>A member name given as a string.</summary>
    private static Symbol Key(MessageCall m, Value value) =>
        value is StringValue text ? Symbol.Intern(text.Value) : throw m.Send.Error($"{m.Name} needs a member name as a string, not a {value.TypeName}");

    /// <summary>Decision: asking for a member the namespace lacks is an error naming both (not <c>Empty()</c>).</summary>
    private static Runtime.Errors.JslRuntimeError NoMember(MessageCall m, NamespaceValue ns, Value written) =>
        m.Send.Error($"Namespace \"{ns.Name}\" has no member '{((StringValue)written).Value}'");

    /// <summary><c>&lt;&lt; Get Values</c>: every value in key order, or (a Decision, as for associative arrays) those of a list of keys.</summary>
    private static Value GetValues(MessageCall m)
    {
        var ns = Live(m, 0, 1);
        var args = m.EvaluatedArgs(0, 1);
        if (args.Length == 0) return new ListValue(NamespaceMembers.Sorted(ns).Select(static e => e.Value.CopyForAssignment()).ToList());
        if (args[0] is not ListValue keys) throw m.Send.Error("Get Values needs a list of member names");
        var values = new List<Value>(keys.Count);
        foreach (var item in keys.Items)
        {
            var key = Key(m, item);
            values.Add(ns.Variables.TryGet(key, out var value) ? value.CopyForAssignment() : throw NoMember(m, ns, item));
        }
        return new ListValue(values);
    }

    /// <summary><c>&lt;&lt; Next(key)</c>: the key after <c>key</c> in key order; <c>Empty()</c> after the last (as for associative arrays).</summary>
    private static Value Next(MessageCall m)
    {
        var ns = Live(m, 1, 1);
        var after = m.EvaluatedArgs(1, 1)[0] is StringValue text ? text.Value : throw m.Send.Error("Next needs a member name as a string");
        foreach (var (key, _) in NamespaceMembers.Sorted(ns))
        {
            var spelling = ns.SpellingOf(key);
            if (string.CompareOrdinal(spelling, after) > 0 && !ReferenceEquals(key, Symbol.Intern(after))) return new StringValue(spelling);
        }
        return EmptyValue.Instance;
    }

    /// <summary><c>&lt;&lt; Insert(name, value)</c>: adds or replaces a member; returns the namespace.</summary>
    private static Value Insert(MessageCall m)
    {
        var ns = Live(m, 2, 2);
        var args = m.EvaluatedArgs(2, 2);
        var key = Key(m, args[0]);
        var spelling = Symbol.CollapseWhitespace(((StringValue)args[0]).Value);
        ns.RequireWritable(key, m.Send.Call, spelling);
        ns.Define(key, spelling, args[1].CopyForAssignment());
        return ns;
    }

    /// <summary>
    /// <c>&lt;&lt; Remove(name | {name, ...}, ...)</c>: removes those members; returns the namespace.
    /// Decision: a name that is not a member is ignored; with no names nothing is removed.
    /// </summary>
    private static Value Remove(MessageCall m)
    {
        var ns = Live(m, 0, int.MaxValue);
        var keys = Keys(m, m.EvaluatedArgs(0, int.MaxValue));
        foreach (var key in keys) ns.RequireWritable(key, m.Send.Call);
        foreach (var key in keys) ns.Variables.Remove(key);
        return ns;
    }

    /// <summary><c>&lt;&lt; Lock Namespace(&lt;names&gt;)</c> / <c>Unlock Namespace</c>: the named members, or the whole namespace.</summary>
    private static Value SetLocks(MessageCall m, bool locking)
    {
        var ns = Live(m, 0, int.MaxValue);
        var keys = Keys(m, m.EvaluatedArgs(0, int.MaxValue));
        if (keys.Count == 0)
        {
            if (locking) ns.LockAll();
            else ns.UnlockAll();
        }
        foreach (var key in keys)
        {
            if (locking) ns.Lock(key);
            else ns.Unlock(key);
        }
        return ns;
    }

    /// <summary><c>&lt;&lt; Delete Namespace(&lt;Force(1)&gt;)</c>, <c>&lt;&lt; Delete</c>: as <c>Delete Namespaces</c> for this one.</summary>
    private static Value Delete(MessageCall m)
    {
        var ns = Live(m, 0, 1);
        var force = m.Message.Option("Force") is { } option && (option.Args.Count == 0 || CallContext.IsTrue(m.Message.Eval(option.Args[0])));
        if (m.Message.Count == 1 && m.Message.Option("Force") is null) throw m.Send.Error($"{m.Name} takes only Force(1)");
        if (ns.HasLocks && !force) throw m.Send.Error($"Namespace \"{ns.Name}\" is locked; delete it with Force(1)");
        NamespaceBuiltins.Delete(m.Send, ns);
        return EmptyValue.Instance;
    }

    /// <summary>Member names given as strings or lists of strings.</summary>
    private static List<Symbol> Keys(MessageCall m, Value[] args)
    {
        var keys = new List<Symbol>();
        foreach (var arg in args)
        {
            if (arg is ListValue list)
            {
                foreach (var item in list.Items) keys.Add(Key(m, item));
            }
            else
            {
                keys.Add(Key(m, arg));
            }
        }
        return keys;
    }
}
