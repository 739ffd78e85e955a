using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// What an associative array answers to <c>aa &lt;&lt; Message(...)</c> (Scripting Guide,
/// "Associative Array Messages"). Keys are walked in the array's sorted order.
/// </summary>
internal static class AssociativeArrayMessages
{
    /// <summary>Handles one message sent to an associative array.</summary>
    public static Value Handle(CallContext c, Value target, Node message)
    {
        var array = (AssociativeArrayValue)target;
        var (name, argNodes) = AssociativeArrayBuiltins.Message(c, message);
        var args = argNodes.Select(c.Eval).ToArray();
        switch (name)
        {
            case "getkeys":
                Expect(c, args, 0, 0, "Get Keys");
                return new ListValue(array.Entries.Keys.Select(k => k.CopyForAssignment()).ToList());
            case "getvalues":
                Expect(c, args, 0, 1, "Get Values");
                if (args.Length == 0) return new ListValue(array.Entries.Values.Select(v => v.CopyForAssignment()).ToList());
                if (args[0] is not ListValue wanted) throw c.Error("Get Values needs a list of keys");
                return new ListValue(wanted.Items.Select(k => AssociativeArrayBuiltins.Lookup(c, array, AssociativeArrayBuiltins.Key(c, k)).CopyForAssignment()).ToList());
            case "getvalue":
                Expect(c, args, 1, 1, "Get Value");
                return AssociativeArrayBuiltins.Lookup(c, array, args[0]).CopyForAssignment();
            case "getcontents":
                Expect(c, args, 0, 0, "Get Contents");
                return new ListValue(array.Entries.Select(e => (Value)new ListValue([e.Key.CopyForAssignment(), e.Value.CopyForAssignment()])).ToList());
            case "insert":
                AssociativeArrayBuiltins.Insert(c, array, args);
                return array;
            case "remove":
                Expect(c, args, 1, 1, "Remove");
                AssociativeArrayBuiltins.RemoveKeys(c, array, args[0]);
                return array;
            case "contains":
                Expect(c, args, 1, 1, "Contains");
                return NumberValue.Of(array.Entries.ContainsKey(args[0]));
            case "nitems":
                Expect(c, args, 0, 0, "N Items");
                return NumberValue.Of(array.Count);
            case "first":
                Expect(c, args, 0, 0, "First");
                return array.Count == 0 ? EmptyValue.Instance : array.Entries.Keys.First().CopyForAssignment();
            case "next":
                Expect(c, args, 1, 1, "Next");
                return Next(array, args[0]);
            case "setdefaultvalue":
                Expect(c, args, 1, 1, "Set Default Value");
                array.DefaultValue = args[0].CopyForAssignment();
                return array;
            case "getdefaultvalue":
                Expect(c, args, 0, 0, "Get Default Value");
                return array.DefaultValue?.CopyForAssignment() ?? EmptyValue.Instance;
            default:
                throw c.Error($"Object 'Associative Array' does not recognize the message '{MessageText(message)}'");
        }
    }

    /// <summary>
    /// The key after <paramref name="key"/> in sorted order. Decision: after the last key (or on an
    /// empty array) the answer is <c>Empty()</c>; a key that is not in the array still finds the next
    /// larger one.
    /// </summary>
    private static Value Next(AssociativeArrayValue array, Value key)
    {
        var comparer = AssociativeArrayValue.KeyComparer.Instance;
        foreach (var k in array.Entries.Keys)
        {
            if (comparer.Compare(k, key) > 0) return k.CopyForAssignment();
        }
        return EmptyValue.Instance;
    }

    private static void Expect(CallContext c, Value[] args, int min, int max, string message)
    {
        if (args.Length < min) throw c.Error($"{message} needs {(min == 1 ? "an argument" : $"{min} arguments")}");
        if (args.Length > max) throw c.Error($"too many arguments to {message}");
    }

    private static string MessageText(Node message) => message switch
    {
        CallNode call => call.HeadText,
        NameNode n => n.Text,
        _ => "?",
    };
}
