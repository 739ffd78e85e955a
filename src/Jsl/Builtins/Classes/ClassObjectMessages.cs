using Jsl.Builtins.Core;
using Jsl.Runtime.Classes;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Classes;

/// <summary>
/// <c>obj &lt;&lt; message</c> for class objects: a method the class defines runs first
/// (<see cref="TryUserMethod"/>), then the messages the Scripting Index lists for class objects.
/// </summary>
internal static class ClassObjectMessages
{
    public static Value Handle(CallContext c, Value target, Node message)
    {
        var self = (ClassObject)target;
        if (TryUserMethod(c, self, message) is { } result) return result;
        var (key, args, text) = message switch
        {
            CallNode call => (call.Head.Key, call.Args, call.HeadText),
            NameNode name => (name.Symbol.Key, (IReadOnlyList<Node>)[], name.Text),
            _ => throw c.Error("a message must be a name or a call"),
        };
        switch (key)
        {
            case "getname":
                return new StringValue(self.Class.Name);
            case "getkeys":
                return new ListValue(self.OrderedMembers.Select(m => (Value)new StringValue(m.Text)).ToList());
            case "getvalues":
                return new ListValue(self.OrderedMembers.Select(m => m.Value.CopyForAssignment()).ToList());
            case "getcontents":
                return new ListValue(self.OrderedMembers.Select(m => (Value)new ListValue([new StringValue(m.Text), m.Value.CopyForAssignment()])).ToList());
            case "getvalue":
                var wanted = StringArg(c, args, 0, text);
                return self.Members.TryGet(Symbol.Intern(wanted), out var value) ? value.CopyForAssignment() : throw c.Error($"Unknown member '{wanted}' in object of class \"{self.Class.Name}\"");
            case "contains":
                return NumberValue.Of(self.Members.Contains(MemberName(c, args, 0, text)));
            case "nitems":
                return NumberValue.Of(self.Members.Count);
            case "first":
                return KeyAt(self, 0);
            case "next":
                return Next(self, MemberName(c, args, 0, text));
            case "insert":
                if (args.Count != 2) throw c.Error("Insert expects a name and a value");
                var inserted = StringArg(c, args, 0, text);
                self.SetMember(Symbol.Intern(inserted), c.Eval(args[1]).CopyForAssignment(), c.Call, inserted);
                return EmptyValue.Instance;
            case "remove":
                foreach (var name in Names(c, args)) self.RemoveMember(name, c.Call);
                return EmptyValue.Instance;
            case "equal":
                if (args.Count != 1) throw c.Error("Equal expects one class object");
                return NumberValue.Of(c.Eval(args[0]) is ClassObject other && SameContents(self, other));
            case "clone":
                return self.Clone();
            case "lockclass":
                self.Lock(Names(c, args));
                return EmptyValue.Instance;
            case "unlockclass":
                self.Unlock(Names(c, args));
                return EmptyValue.Instance;
            case "showcontents":
                foreach (var (name, _, member) in self.OrderedMembers) c.Interpreter.Log.Line($"{name} = {Runtime.Formatting.ValueFormatter.ToCode(member)};");
                return EmptyValue.Instance;
            case "delete":
                // Decision: deleting an object empties it; references to it stay valid but find no members.
                self.Clear();
                return EmptyValue.Instance;
            case "deleteclass":
                ClassRegistry.Of(c.Interpreter).Remove(self.Class.Name);
                return EmptyValue.Instance;
            default:
                throw c.Error($"Object of class \"{self.Class.Name}\" does not recognize the message '{text}'");
        }
    }

    /// <summary>
    /// <c>obj &lt;&lt; m( args )</c> where <c>m</c> is a method (or function member) of the object:
    /// runs it with the message's arguments, evaluated in the sender's scope; null when the object
    /// has no such member.
    /// </summary>
    internal static Value? TryUserMethod(CallContext c, ClassObject self, Node message)
    {
        var (head, call) = message switch
        {
            CallNode m when m.Qualifier is null => (m.Head, m),
            NameNode { Scope: NameScope.Unqualified } n => (n.Symbol, new CallNode(n.Position, n.Symbol, n.Text, [])),
            _ => (null, null),
        };
        if (head is null || call is null || !self.Members.TryGet(head, out var member) || member is not FunctionValue function) return null;
        return function.OwnerClass is null
            ? c.Interpreter.Invoke(function, call.Args.Select(c.Eval).ToList(), c.Scope)
            : c.Interpreter.InvokeMethod(self, function, call, c.Scope);
    }

    private static string StringArg(CallContext c, IReadOnlyList<Node> args, int index, string message)
    {
        if (index >= args.Count) throw c.Error($"{message} expects a member name");
        return c.Eval(args[index]) is StringValue s ? s.Value : throw c.Error($"{message} expects a member name as a string");
    }

    private static Symbol MemberName(CallContext c, IReadOnlyList<Node> args, int index, string message) => Symbol.Intern(StringArg(c, args, index, message));

    /// <summary>Member names given as strings or lists of strings (none: an empty list).</summary>
    private static List<Symbol> Names(CallContext c, IReadOnlyList<Node> args)
    {
        var names = new List<Symbol>();
        foreach (var arg in args)
        {
            switch (c.Eval(arg))
            {
                case StringValue s:
                    names.Add(Symbol.Intern(s.Value));
                    break;
                case ListValue list:
                    foreach (var item in list.Items) names.Add(Symbol.Intern(item is StringValue t ? t.Value : throw c.Error("expected member names as strings")));
                    break;
                default:
                    throw c.Error("expected member names as strings");
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
