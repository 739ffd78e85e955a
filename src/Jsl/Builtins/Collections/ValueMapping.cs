using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// <c>Map Value</c> and <c>Recode</c> (Scripting Index, Programming; JMP 15): a value looked up in
/// a table of pairs, and a value passed through a list of transformations.
/// </summary>
internal static class ValueMapping
{
    private const string Category = "Programming";
    private static readonly Symbol Unmatched = Symbol.Intern("Unmatched");
    private static readonly Symbol ByWord = Symbol.Intern("By Word");
    private static readonly Symbol Delimiters = Symbol.Intern("Delimiters");
    private static readonly Symbol MultipleResponse = Symbol.Intern("Multiple Response");
    private static readonly Symbol Separator = Symbol.Intern("Separator");
    private static readonly Symbol Now = Symbol.Intern("_rcNow");
    private static readonly Symbol Original = Symbol.Intern("_rcOrig");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Map Value", MapValue);
        table.Add(Category, "Recode", Recode);
    }

    /// <summary>
    /// <c>Map Value(value, {key1, value1, ...} | {{key1, ...}, {value1, ...}}, &lt;Unmatched(default)&gt;)</c>.
    /// Decision: with no <c>Unmatched</c>, a value that matches no key comes back unchanged (the
    /// Index's examples: the unmatched case needs the option to give anything else).
    /// </summary>
    private static Value MapValue(CallContext c)
    {
        c.RequireCount(2, 3);
        var value = c.Eval(0);
        var table = c.Eval(1) as ListValue ?? throw c.Error("Map Value needs a list of keys and values as its second argument");
        Value? unmatched = null;
        if (c.Count == 3)
        {
            if (c.ArgNode(2) is not CallNode option || !ReferenceEquals(option.Head, Unmatched) || option.Args.Count > 1)
            {
                throw c.Error("Map Value's third argument must be Unmatched(value)");
            }
            unmatched = option.Args.Count == 1 ? c.Eval(option.Args[0]) : EmptyValue.Instance;
        }
        var (keys, values) = Pairs(c, table);
        for (var i = 0; i < keys.Count; i++)
        {
            if (ValueEquality.AreEqual(keys[i], value)) return values[i].CopyForAssignment();
        }
        return unmatched ?? value;
    }

    private static (IReadOnlyList<Value> Keys, IReadOnlyList<Value> Values) Pairs(CallContext c, ListValue table)
    {
        if (table.Count == 2 && table.Items[0] is ListValue keys && table.Items[1] is ListValue values)
        {
            if (keys.Count != values.Count) throw c.Error($"Map Value needs as many values as keys, found {keys.Count} keys and {values.Count} values");
            return (keys.Items, values.Items);
        }
        if (table.Count % 2 != 0) throw c.Error("Map Value needs key, value pairs: the list has an odd number of items");
        var k = new List<Value>(table.Count / 2);
        var v = new List<Value>(table.Count / 2);
        for (var i = 0; i < table.Count; i += 2)
        {
            k.Add(table.Items[i]);
            v.Add(table.Items[i + 1]);
        }
        return (k, v);
    }

    /// <summary>
    /// <c>Recode(value | list, {transform, ...}, &lt;Multiple Response(Separator(s))&gt;, &lt;By Word(Delimiters(s))&gt;)</c>:
    /// each transformation sees the current value as <c>_rcNow</c> and the original as <c>_rcOrig</c>,
    /// and its result is the next <c>_rcNow</c>. A list recodes item by item. Multiple Response and
    /// By Word split text into parts, recode each, and join the results with the separator.
    /// Decision: By Word's default delimiters are the whitespace characters, joined back with one
    /// space; Multiple Response's default separator is a comma.
    /// </summary>
    private static Value Recode(CallContext c)
    {
        c.RequireCount(2, 4);
        var input = c.Eval(0);
        if (c.ArgNode(1) is not CallNode transforms || !ReferenceEquals(transforms.Head, Heads.List))
        {
            throw c.Error("Recode needs a list of transformations as its second argument, such as {Uppercase(_rcNow)}");
        }
        string? splitBy = null;
        var joinWith = "";
        for (var i = 2; i < c.Count; i++)
        {
            if (c.ArgNode(i) is CallNode { } option && ReferenceEquals(option.Head, ByWord))
            {
                splitBy = OptionText(c, option, Delimiters) ?? " \t\r\n";
                joinWith = " ";
            }
            else if (c.ArgNode(i) is CallNode { } multiple && ReferenceEquals(multiple.Head, MultipleResponse))
            {
                splitBy = OptionText(c, multiple, Separator) ?? ",";
                joinWith = splitBy.Length > 0 ? splitBy[..1] : "";
            }
            else if (c.ArgNode(i) is NameNode name && ReferenceEquals(name.Symbol, ByWord))
            {
                splitBy = " \t\r\n";
                joinWith = " ";
            }
            else
            {
                throw c.Error("Recode's options are Multiple Response(Separator(...)) and By Word(Delimiters(...))");
            }
        }
        var block = c.Scope.NewLocalBlock();
        return Apply(c, block, transforms, input, splitBy, joinWith);
    }

    private static Value Apply(CallContext c, Scope block, CallNode transforms, Value input, string? splitBy, string joinWith)
    {
        if (input is ListValue list) return new ListValue(list.Items.Select(item => Apply(c, block, transforms, item, splitBy, joinWith)));
        if (splitBy is not null && input is StringValue text)
        {
            var parts = text.Value.Split(splitBy.ToCharArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new StringValue(string.Join(joinWith, parts.Select(part => Runtime.Formatting.ValueFormatter.ToText(Transform(c, block, transforms, new StringValue(part))))));
        }
        return Transform(c, block, transforms, input);
    }

    private static Value Transform(CallContext c, Scope block, CallNode transforms, Value original)
    {
        var now = original;
        block.Locals!.Set(Original, original.CopyForAssignment());
        foreach (var step in transforms.Args)
        {
            block.Locals.Set(Now, now.CopyForAssignment());
            now = c.Interpreter.Eval(step, block);
        }
        return now;
    }

    private static string? OptionText(CallContext c, CallNode option, Symbol inner)
    {
        foreach (var arg in option.Args)
        {
            if (arg is CallNode { Args.Count: 1 } call && ReferenceEquals(call.Head, inner))
            {
                return c.Eval(call.Args[0]) as StringValue is { } s ? s.Value : throw c.Error($"{call.HeadText} needs a string");
            }
        }
        return null;
    }
}
