using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Trees;

/// <summary><c>Tree Node(&lt;label&gt;)</c> and the messages a tree node answers.</summary>
internal static class TreeNodeBuiltins
{
    private const string Category = "Trees";

    /// <summary>Adds this category's functions and messages to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Tree Node", Construct);
        TreeNodeMessages.Register(table.Messages);
    }

    /// <summary>A new root node with no children; the label is optional (Decision: it defaults to <c>""</c>) and must be a string.</summary>
    private static Value Construct(CallContext c)
    {
        c.RequireCount(0, 1);
        if (c.Count == 0) return new TreeNodeValue("");
        var label = c.Eval(0);
        return label is StringValue s
            ? new TreeNodeValue(s.Value)
            : throw c.Error($"Tree Node needs a string label, not a {label.TypeName}");
    }
}
