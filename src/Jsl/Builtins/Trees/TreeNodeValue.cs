using System.Text;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Trees;

/// <summary>
/// What <c>Tree Node(label)</c> makes: a node of a tree held as plain data, with no window behind it
/// (JMP shows such trees in a Tree Box; jsl has none, but scripts such as jsl-hamcrest's expression
/// matcher build trees of nodes only to walk them). A node is a reference: every variable holding it
/// sees the same children, data and parent. The structure can never hold a cycle: <see cref="Attach"/>
/// refuses a node that is an ancestor of (or the same as) its new parent.
/// </summary>
internal sealed class TreeNodeValue(string label) : ObjectValue
{
    private readonly List<TreeNodeValue> _children = [];

    /// <summary>The text shown for the node (<c>&lt;&lt; Get Label</c>, <c>&lt;&lt; Set Label</c>).</summary>
    public string Label { get; set; } = label;

    /// <summary>The user data of <c>&lt;&lt; Set Data</c>; null until set.</summary>
    public Value? Data { get; set; }

    /// <summary>The tooltip text of <c>&lt;&lt; Set Tip</c>.</summary>
    public string Tip { get; set; } = "";

    /// <summary>The icon name or path of <c>&lt;&lt; Set Icon</c>; null when none was given.</summary>
    public string? Icon { get; set; }

    /// <summary>The icon name or path of <c>&lt;&lt; Set Expanded Icon</c>; null when none was given.</summary>
    public string? ExpandedIcon { get; set; }

    /// <summary>The <c>&lt;&lt; Set Dimmed</c> option.</summary>
    public bool Dimmed { get; set; }

    /// <summary>The <c>&lt;&lt; Set Font Style</c> option: <c>Plain</c> or <c>Bold</c>.</summary>
    public string FontStyle { get; set; } = "Plain";

    /// <summary>The node whose children include this one; null for a root.</summary>
    public TreeNodeValue? Parent { get; private set; }

    /// <summary>The children, in order.</summary>
    public IReadOnlyList<TreeNodeValue> Children => _children;

    /// <summary>The root of the tree holding this node (this node itself when it has no parent).</summary>
    public TreeNodeValue Root
    {
        get
        {
            var node = this;
            while (node.Parent is { } up) node = up;
            return node;
        }
    }

    /// <summary>Decision: JMP's Type() names for such objects are not documented; a tree node is a scriptable object, as a custom function is.</summary>
    public override string TypeName => "Scriptable";

    /// <summary>
    /// Decision: JMP does not document how a tree node prints; it prints as the call that would make
    /// a node with the same label, <c>Tree Node("Child 1")</c> (<c>Tree Node()</c> without a label),
    /// in the style of <c>Data Table( "zones" )</c> and this runtime's other objects.
    /// </summary>
    public override string DisplayText
    {
        get
        {
            if (Label.Length == 0) return "Tree Node()";
            var text = new StringBuilder("Tree Node(");
            ValueFormatter.AppendQuoted(text, Label);
            return text.Append(')').ToString();
        }
    }

    /// <summary>True when <paramref name="node"/> is this node or one of its ancestors.</summary>
    public bool IsSelfOrDescendantOf(TreeNodeValue node)
    {
        for (var at = this; at is not null; at = at.Parent)
        {
            if (ReferenceEquals(at, node)) return true;
        }
        return false;
    }

    /// <summary>
    /// Makes <paramref name="child"/> this node's child at zero-based <paramref name="position"/>
    /// (clamped to the end), first taking it from any parent it had. Returns false, changing nothing,
    /// when the child is this node or one of its ancestors (the tree would become a cycle).
    /// </summary>
    public bool Attach(TreeNodeValue child, int position)
    {
        if (IsSelfOrDescendantOf(child)) return false;
        child.Detach();
        _children.Insert(Math.Clamp(position, 0, _children.Count), child);
        child.Parent = this;
        return true;
    }

    /// <summary>Takes this node (with its own children) out of its parent's children; a root stays as it is.</summary>
    public void Detach()
    {
        if (Parent is null) return;
        Parent._children.Remove(this);
        Parent = null;
    }

    /// <summary>Detaches every child (each becomes the root of its own tree).</summary>
    public void DetachChildren()
    {
        foreach (var child in _children) child.Parent = null;
        _children.Clear();
    }

    /// <summary>The zero-based position of <paramref name="child"/> among the children, or -1.</summary>
    public int IndexOf(TreeNodeValue child) => _children.IndexOf(child);

    /// <summary>The sibling <paramref name="offset"/> places after (or before, when negative) this node; null when there is none.</summary>
    public TreeNodeValue? Sibling(int offset)
    {
        if (Parent is null) return null;
        var at = Parent._children.IndexOf(this) + offset;
        return at >= 0 && at < Parent._children.Count ? Parent._children[at] : null;
    }
}
