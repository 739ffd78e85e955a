namespace Jsl.Runtime.Values;

/// <summary>
/// A JSL list: 1-based, heterogeneous; items that were not constants when the literal was built
/// stay <see cref="ExpressionValue"/>s until evaluated. Copied on assignment.
/// </summary>
internal sealed class ListValue : Value
{
    /// <summary>Creates an empty list.</summary>
    public ListValue() => Items = [];

    /// <summary>Creates a list holding <paramref name="items"/> (the list is taken, not copied).</summary>
    public ListValue(List<Value> items) => Items = items;

    /// <summary>Creates a list of the given items.</summary>
    public ListValue(IEnumerable<Value> items) => Items = [.. items];

    /// <summary>The items, 0-based here (JSL indexes from 1).</summary>
    public List<Value> Items { get; }

    /// <summary>Number of items.</summary>
    public int Count => Items.Count;

    /// <inheritdoc/>
    public override string TypeName => "List";

    /// <inheritdoc/>
    public override Value CopyForAssignment() => DeepCopy();

    /// <summary>A copy in which nested lists and matrices are copied too.</summary>
    public ListValue DeepCopy()
    {
        Errors.DepthGuard.EnterValue();
        var copy = new List<Value>(Items.Count);
        foreach (var item in Items) copy.Add(item.CopyForAssignment());
        return new ListValue(copy);
    }
}
