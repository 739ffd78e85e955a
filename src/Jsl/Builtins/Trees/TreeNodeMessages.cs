using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Trees;

/// <summary>
/// What a tree node answers to <c>node &lt;&lt; Message(...)</c>: the Scripting Index's Tree Node item
/// messages (19.0), as rows of the message table. Every one of them is about the node's data, so all
/// are answered without a display; the icons are kept as the names given. Arguments are evaluated
/// before the message runs, and errors point at the <c>&lt;&lt;</c>.
/// </summary>
internal static class TreeNodeMessages
{
    private const string Changing = "Changing the tree";
    private const string Walking = "Walking the tree";
    private const string Properties = "Node properties";

    /// <summary>Adds the tree node's messages to the table.</summary>
    public static void Register(MessageTable table)
    {
        var receiver = table.Receiver<TreeNodeValue>("Tree Node");
        RegisterChanging(receiver);
        RegisterWalking(receiver);
        RegisterProperties(receiver);
    }

    /// <summary>
    /// Decision: the messages that change the tree answer the receiver, as an associative array's
    /// <c>&lt;&lt; Insert</c> does, so sends can be chained; JMP does not document their result.
    /// </summary>
    private static void RegisterChanging(MessageReceiver receiver) => receiver
        .Add(Changing, "Append", static m => Attach(m, Node(m, 1, 1), int.MaxValue))
        .Add(Changing, "Prepend", static m => Attach(m, Node(m, 1, 1), 0))
        .Add(Changing, "Insert", static m =>
        {
            var args = m.EvaluatedArgs(2, 2);
            return Attach(m, NodeArg(m, args[0]), Position(m, args[1]) - 1);
        })
        .Add(Changing, "Remove", static m =>
        {
            Receiver(m, 0, 0).Detach();
            return m.Receiver;
        })
        .Add(Changing, "Remove Child", static m =>
        {
            var child = Node(m, 1, 1);
            if (!ReferenceEquals(child.Parent, Of(m))) throw m.Send.Error($"Remove Child: {child.DisplayText} is not a child of {Of(m).DisplayText}");
            child.Detach();
            return m.Receiver;
        })
        .Add(Changing, "Remove All Children", static m =>
        {
            Receiver(m, 0, 0).DetachChildren();
            return m.Receiver;
        });

    /// <summary>Decision: a node asked for a child or relative it does not have answers <c>Empty()</c>, as the Index documents for First Child, Sib and Parent; Get Child out of range does the same.</summary>
    private static void RegisterWalking(MessageReceiver receiver) => receiver
        .Add(Walking, "Get Child Count", static m => NumberValue.Of(Receiver(m, 0, 0).Children.Count))
        .Add(Walking, "Get Child", static m =>
        {
            var node = Of(m);
            var index = Position(m, m.EvaluatedArgs(1, 1)[0]);
            return index <= node.Children.Count ? node.Children[index - 1] : EmptyValue.Instance;
        })
        .Add(Walking, "First Child", static m => OrEmpty(Receiver(m, 0, 0).Children.FirstOrDefault()))
        .Add(Walking, "Last Child", static m => OrEmpty(Receiver(m, 0, 0).Children.LastOrDefault()))
        .Add(Walking, "Index Of", static m => NumberValue.Of(Of(m).IndexOf(Node(m, 1, 1)) + 1))
        .Add(Walking, "Is Leaf", static m => NumberValue.Of(Receiver(m, 0, 0).Children.Count == 0))
        .Add(Walking, "Parent", static m => OrEmpty(Receiver(m, 0, 0).Parent))
        .Add(Walking, "Top Parent", static m =>
        {
            var node = Receiver(m, 0, 0);
            return node.Parent is null ? EmptyValue.Instance : node.Root;
        })
        .Add(Walking, "Sib", static m => OrEmpty(Receiver(m, 0, 0).Sibling(1)))
        .Add(Walking, "Prev Sib", static m => OrEmpty(Receiver(m, 0, 0).Sibling(-1)));

    /// <summary>
    /// Decision: a node without data answers <c>Get Data</c> with <c>Empty()</c>, and one without a tip
    /// answers <c>""</c>; the Index documents <c>Empty()</c> only for the icons. Set Icon's optional
    /// flag (load the icon of a file, Windows only) has nothing to load without a display and is
    /// accepted and ignored.
    /// </summary>
    private static void RegisterProperties(MessageReceiver receiver) => receiver
        .Add(Properties, "Get Data", static m => Receiver(m, 0, 0).Data?.CopyForAssignment() ?? EmptyValue.Instance)
        .Add(Properties, "Set Data", static m => Set(m, static (node, value) => node.Data = value.CopyForAssignment()))
        .Add(Properties, "Get Label", static m => new StringValue(Receiver(m, 0, 0).Label))
        .Add(Properties, "Set Label", static m => Set(m, static (node, text) => node.Label = text, "a label"))
        .Add(Properties, "Get Tip", static m => new StringValue(Receiver(m, 0, 0).Tip))
        .Add(Properties, "Set Tip", static m => Set(m, static (node, text) => node.Tip = text, "a tip"))
        .Add(Properties, "Get Icon", static m => OrEmpty(Receiver(m, 0, 0).Icon))
        .Add(Properties, "Set Icon", static m => SetIcon(m, static (node, icon) => node.Icon = icon))
        .Add(Properties, "Get Expanded Icon", static m => OrEmpty(Receiver(m, 0, 0).ExpandedIcon))
        .Add(Properties, "Set Expanded Icon", static m => SetIcon(m, static (node, icon) => node.ExpandedIcon = icon))
        .Add(Properties, "Get Dimmed", static m => NumberValue.Of(Receiver(m, 0, 0).Dimmed))
        .Add(Properties, "Set Dimmed", static m =>
        {
            var state = m.EvaluatedArgs(1, 1)[0];
            if (state is not NumberValue n) throw m.Send.Error($"Set Dimmed needs 0 or 1, not a {state.TypeName}");
            Of(m).Dimmed = n.Value != 0 && !n.IsMissing;
            return m.Receiver;
        })
        .Add(Properties, "Get Font Style", static m => new StringValue(Receiver(m, 0, 0).FontStyle))
        .Add(Properties, "Set Font Style", static m => Set(m, static (node, style) => node.FontStyle = style, "\"Plain\" or \"Bold\"", FontStyle));

    private static Value Attach(MessageCall m, TreeNodeValue child, int position)
    {
        var parent = Of(m);
        if (!parent.Attach(child, position))
        {
            throw m.Send.Error(ReferenceEquals(parent, child)
                ? $"{m.Name}: a tree node cannot be its own child"
                : $"{m.Name}: {child.DisplayText} is an ancestor of {parent.DisplayText}; the tree would become a cycle");
        }
        return m.Receiver;
    }

    private static Value Set(MessageCall m, Action<TreeNodeValue, Value> store)
    {
        store(Of(m), m.EvaluatedArgs(1, 1)[0]);
        return m.Receiver;
    }

    private static Value Set(MessageCall m, Action<TreeNodeValue, string> store, string wanted, Func<string, string?>? canonical = null)
    {
        var value = m.EvaluatedArgs(1, 1)[0];
        var text = value is StringValue s ? canonical is null ? s.Value : canonical(s.Value) : null;
        store(Of(m), text ?? throw m.Send.Error($"{m.Name} needs {wanted}, not {Describe(value)}"));
        return m.Receiver;
    }

    private static Value SetIcon(MessageCall m, Action<TreeNodeValue, string> store)
    {
        var args = m.EvaluatedArgs(1, 2);
        if (args[0] is not StringValue icon) throw m.Send.Error($"{m.Name} needs an icon name or path, not {Describe(args[0])}");
        if (args.Length == 2 && args[1] is not NumberValue) throw m.Send.Error($"{m.Name}'s second argument must be a number (0 or 1), not {Describe(args[1])}");
        store(Of(m), icon.Value);
        return m.Receiver;
    }

    /// <summary>Decision: font styles are matched ignoring case, and kept as the Index spells them.</summary>
    private static string? FontStyle(string text) =>
        string.Equals(text, "Plain", StringComparison.OrdinalIgnoreCase) ? "Plain"
        : string.Equals(text, "Bold", StringComparison.OrdinalIgnoreCase) ? "Bold"
        : null;

    /// <summary>The message's one-based position argument (a whole number, at least 1).</summary>
    private static int Position(MessageCall m, Value value)
    {
        if (value is not NumberValue { IsMissing: false } n || n.Value != Math.Floor(n.Value))
            throw m.Send.Error($"{m.Name} needs a whole-number index, not {Describe(value)}");
        if (n.Value < 1) throw m.Send.Error($"{m.Name}: index {Runtime.Formatting.NumberFormatter.Format(n.Value)} is out of range (the first child is 1)");
        return n.Value > int.MaxValue ? int.MaxValue : (int)n.Value;
    }

    /// <summary>The message's only argument, which must be a tree node.</summary>
    private static TreeNodeValue Node(MessageCall m, int min, int max) => NodeArg(m, m.EvaluatedArgs(min, max)[0]);

    private static TreeNodeValue NodeArg(MessageCall m, Value value) =>
        value as TreeNodeValue ?? throw m.Send.Error($"{m.Name} needs a Tree Node, not {Describe(value)}");

    /// <summary>A wrong argument as an error names it: a string by its text, anything else by its type.</summary>
    private static string Describe(Value value) => value switch
    {
        EmptyValue => "Empty()",
        StringValue => Runtime.Formatting.ValueFormatter.ToCode(value),
        _ => "a " + value.TypeName,
    };

    private static Value OrEmpty(TreeNodeValue? node) => node is null ? EmptyValue.Instance : node;

    private static Value OrEmpty(string? text) => text is null ? EmptyValue.Instance : new StringValue(text);

    private static TreeNodeValue Of(MessageCall m) => (TreeNodeValue)m.Receiver;

    /// <summary>The receiver, after checking the message's argument count.</summary>
    private static TreeNodeValue Receiver(MessageCall m, int min, int max)
    {
        m.RequireCount(min, max);
        return Of(m);
    }
}
