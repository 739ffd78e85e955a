using Jsl.Builtins.Core;
using Jsl.Runtime.Classes;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Builtins.Classes;

/// <summary>
/// <c>obj &lt;&lt; message</c> for class objects: the messages the Scripting Index lists for the
/// Class object are rows of the message table; anything else is the object's own member
/// (<see cref="ClassObjectMembers"/>, the receiver's fallback).
/// </summary>
/// <remarks>
/// Decision: a built-in message wins over a method of the same name (the Scripting Guide's
/// "Classes" chapter lists the class messages as what every class object answers and says
/// nothing of overriding them); the method stays callable as <c>obj:name(...)</c>. So
/// <c>obj &lt;&lt; Get Name</c> always gives the class name, as code that inspects objects of
/// unknown classes (jsl-hamcrest's matchers) relies on.
/// </remarks>
internal static class ClassObjectMessages
{
    private const string Reading = "Reading";
    private const string Changing = "Changing";

    /// <summary>Adds the class object's messages and its fallback to the table.</summary>
    public static void Register(MessageTable table)
    {
        var receiver = table.Receiver<ClassObject>("Class");
        receiver.NotAMessage = "a message to a class object must be a name or a call";
        receiver.UnknownMessage = static m => m.Send.Error($"Object of class \"{Of(m).Class.Name}\" does not recognize the message '{m.Name}'");
        receiver.Fallback = ClassObjectMembers.Answer;
        receiver
            .Add(Reading, "Get Name", static m => new StringValue(Of(m).Class.Name))
            .Add(Reading, "Get Keys", static m => new ListValue(Of(m).OrderedMembers.Select(e => (Value)new StringValue(e.Text)).ToList()))
            .Add(Reading, "Get Values", static m => new ListValue(Of(m).OrderedMembers.Select(e => e.Value.CopyForAssignment()).ToList()))
            .Add(Reading, "Get Contents", static m => new ListValue(Of(m).OrderedMembers
                .Select(e => (Value)new ListValue([new StringValue(e.Text), e.Value.CopyForAssignment()])).ToList()))
            .Add(Reading, "Get Value", static m =>
            {
                var self = Of(m);
                var wanted = StringArg(m, 0);
                return self.Members.TryGet(Symbol.Intern(wanted), out var value)
                    ? value.CopyForAssignment()
                    : throw m.Send.Error($"Unknown member '{wanted}' in object of class \"{self.Class.Name}\"");
            })
            .Add(Reading, "Contains", static m => NumberValue.Of(Of(m).Members.Contains(Symbol.Intern(StringArg(m, 0)))))
            .Add(Reading, "N Items", static m => NumberValue.Of(Of(m).Members.Count))
            .Add(Reading, "First", static m => KeyAt(Of(m), 0))
            .Add(Reading, "Next", static m => Next(Of(m), Symbol.Intern(StringArg(m, 0))))
            .Add(Reading, "Equal", static m =>
            {
                if (m.Message.Count != 1) throw m.Send.Error("Equal expects one class object");
                return NumberValue.Of(m.Message.Eval(0) is ClassObject other && SameContents(Of(m), other));
            })
            .Add(Reading, "Clone", static m => Of(m).Clone())
            .Add(Reading, "Show Contents", static m =>
            {
                foreach (var (name, _, member) in Of(m).OrderedMembers) m.Send.Interpreter.Log.Line($"{name} = {Runtime.Formatting.ValueFormatter.ToCode(member)};");
                return EmptyValue.Instance;
            })
            .Add(Changing, "Insert", static m =>
            {
                if (m.Message.Count != 2) throw m.Send.Error("Insert expects a name and a value");
                var inserted = StringArg(m, 0);
                Of(m).SetMember(Symbol.Intern(inserted), m.Message.Eval(1).CopyForAssignment(), m.Send.Call, inserted);
                return EmptyValue.Instance;
            })
            .Add(Changing, "Remove", static m =>
            {
                foreach (var name in Names(m)) Of(m).RemoveMember(name, m.Send.Call);
                return EmptyValue.Instance;
            })
            .Add(Changing, "Lock Class", static m =>
            {
                Of(m).Lock(Names(m));
                return EmptyValue.Instance;
            })
            .Add(Changing, "Unlock Class", static m =>
            {
                Of(m).Unlock(Names(m));
                return EmptyValue.Instance;
            })
            // Decision: deleting an object empties it; references to it stay valid but find no members.
            .Add(Changing, "Delete", static m =>
            {
                Of(m).Clear();
                return EmptyValue.Instance;
            })
            .Add(Changing, "Delete Class", static m =>
            {
                ClassRegistry.Of(m.Send.Interpreter).Remove(Of(m).Class.Name);
                return EmptyValue.Instance;
            });
    }

    private static ClassObject Of(MessageCall m) => (ClassObject)m.Receiver;

    private static string StringArg(MessageCall m, int index)
    {
        if (index >= m.Message.Count) throw m.Send.Error($"{m.Name} expects a member name");
        return m.Message.Eval(index) is StringValue s ? s.Value : throw m.Send.Error($"{m.Name} expects a member name as a string");
    }

    /// <summary>Member names given as strings or lists of strings (none: an empty list).</summary>
    private static List<Symbol> Names(MessageCall m)
    {
        var names = new List<Symbol>();
        for (var i = 0; i < m.Message.Count; i++)
        {
            switch (m.Message.Eval(i))
            {
                case StringValue s:
                    names.Add(Symbol.Intern(s.Value));
                    break;
                case ListValue list:
                    foreach (var item in list.Items) names.Add(Symbol.Intern(item is StringValue t ? t.Value : throw m.Send.Error("expected member names as strings")));
                    break;
                default:
                    throw m.Send.Error("expected member names as strings");
            }
        }
        return names;
    }

    private static Value KeyAt(ClassObject self, int index)
    {
        var keys = self.OrderedMembers.Select(m => m.Text).ToList();
        return index < keys.Count ? new StringValue(keys[index]) : EmptyValue.Instance;
    }

    /// <summary>Decision: after the last member (or for a name that is not a member) <c>Next</c> gives Empty().</summary>
    private static Value Next(ClassObject self, Symbol after)
    {
        var keys = self.OrderedMembers.Select(m => m.Name).ToList();
        var index = keys.FindIndex(k => ReferenceEquals(k, after));
        return index < 0 ? EmptyValue.Instance : KeyAt(self, index + 1);
    }

    /// <summary>Decision: <c>&lt;&lt; Equal</c> compares contents (same class, same members, equal values); <c>==</c> compares identity.</summary>
    private static bool SameContents(ClassObject a, ClassObject b)
    {
        if (!ReferenceEquals(a.Class, b.Class) || a.Members.Count != b.Members.Count) return false;
        foreach (var (_, name, value) in a.OrderedMembers)
        {
            if (!b.Members.TryGet(name, out var other) || !ValueEquality.AreEqual(value, other)) return false;
        }
        return true;
    }
}
