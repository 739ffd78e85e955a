using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// <c>Associative Array(...)</c>, <c>Is Associative Array</c>, and the messages an associative array
/// answers (<c>aa &lt;&lt; Get Keys</c>, <c>&lt;&lt; Insert(k, v)</c>, ...).
/// </summary>
internal static class AssociativeArrayBuiltins
{
    private const string Category = "Associative Arrays";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Associative Array", Construct);
        table.Add(Category, "Is Associative Array", c =>
        {
            c.RequireCount(1, 1);
            return NumberValue.Of(c.Eval(0) is AssociativeArrayValue);
        });
        AssociativeArrayMessages.Register(table.Messages);
    }

    /// <summary>
    /// <c>Associative Array()</c>, <c>(keys, values)</c> (lists or matrices of the same length),
    /// <c>({{k, v}, ...})</c>, or <c>(keys)</c>: a single list or matrix that is not a list of pairs
    /// gives each key the value 1 and the array the default value 0 (a set). An associative array argument is copied.
    /// </summary>
    private static Value Construct(CallContext c)
    {
        c.RequireCount(0, 2);
        var array = new AssociativeArrayValue();
        if (c.Count == 0) return array;
        var first = c.Eval(0);
        if (c.Count == 2)
        {
            var keys = Items(c, first, "keys");
            var values = Items(c, c.Eval(1), "values");
            if (keys.Count != values.Count) throw c.Error("Associative Array needs as many values as keys");
            for (var i = 0; i < keys.Count; i++) array.Entries[Key(c, keys[i])] = values[i].CopyForAssignment();
            return array;
        }
        switch (first)
        {
            case AssociativeArrayValue other:
                return other.Clone();
            case ListValue pairs when pairs.Count > 0 && pairs.Items.All(p => p is ListValue { Count: 2 }):
                foreach (ListValue pair in pairs.Items) array.Entries[Key(c, pair.Items[0])] = pair.Items[1].CopyForAssignment();
                return array;
            default:
                // The Scripting Guide (Create Associative Arrays): keys from a list without values get the
                // value 1, and the array's default value is set to 0, so a key not in the set reads as 0.
                foreach (var key in Items(c, first, "keys")) array.Entries[Key(c, key)] = NumberValue.One;
                array.DefaultValue = NumberValue.Zero;
                return array;
        }
    }

    private static List<Value> Items(CallContext c, Value value, string what) => value switch
    {
        ListValue l => l.Items,
        MatrixValue m => m.Data.Select(x => (Value)NumberValue.Of(x)).ToList(),
        _ => throw c.Error($"Associative Array needs a list or matrix of {what}, not a {value.TypeName}"),
    };

    /// <summary>A value usable as a key: list items that are still expressions are evaluated first.</summary>
    internal static Value Key(CallContext c, Value key) => key switch
    {
        ExpressionValue e => c.Eval(e.Node),
        _ => key.CopyForAssignment(),
    };

    /// <summary>
    /// Adds entries: a key and its value, one associative array whose entries are all copied in,
    /// or a key alone, which gets the array's default value ("any key added without a value is
    /// assigned this value by default", the JSL Syntax Reference's Set Default Value), or 1 when it
    /// has none ("if you insert a key with no value provided, the key is assigned a value of 1",
    /// the Scripting Guide's Work with Associative Arrays).
    /// </summary>
    internal static void Insert(CallContext c, AssociativeArrayValue array, IReadOnlyList<Value> args)
    {
        switch (args.Count)
        {
            case 1 when args[0] is AssociativeArrayValue other:
                foreach (var (k, v) in other.Entries.ToList()) array.Entries[k] = v.CopyForAssignment();
                return;
            case 2:
                array.Entries[Key(c, args[0])] = args[1].CopyForAssignment();
                return;
            case 1 when array.DefaultValue is { } fallback:
                array.Entries[Key(c, args[0])] = fallback.CopyForAssignment();
                return;
            case 1 when args[0] is not AssociativeArrayValue:
                array.Entries[Key(c, args[0])] = NumberValue.Of(1);
                return;
            default:
                throw c.Error("Insert into an associative array needs a key and a value");
        }
    }

    /// <summary>Evaluates the call's arguments from <paramref name="first"/> on.</summary>
    internal static Value[] EvalFrom(CallContext c, int first)
    {
        var values = new Value[Math.Max(0, c.Count - first)];
        for (var i = 0; i < values.Length; i++) values[i] = c.Eval(first + i);
        return values;
    }

    /// <summary>
    /// Removes one key, or each key of a list. Decision: removing a key that is not there is not an
    /// error (the array is left as it was).
    /// </summary>
    internal static void RemoveKeys(CallContext c, AssociativeArrayValue array, Value? keys)
    {
        switch (keys)
        {
            case null:
                throw c.Error("Remove needs the key to remove");
            case ListValue list:
                foreach (var k in list.Items) array.Entries.Remove(Key(c, k));
                return;
            default:
                array.Entries.Remove(keys);
                return;
        }
    }

    /// <summary>The value stored under <paramref name="key"/>, the default value, or the error JMP gives.</summary>
    internal static Value Lookup(CallContext c, AssociativeArrayValue array, Value key)
    {
        if (array.Entries.TryGetValue(key, out var found)) return found;
        if (array.DefaultValue is not null) return array.DefaultValue;
        throw c.Error("key not found in associative array");
    }
}
