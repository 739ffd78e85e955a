namespace Jsl.Builtins.Collections;

/// <summary>
/// A number to sort by and the item's original position, which breaks ties so that the sort is
/// stable. Missing (NaN) is the smallest number, as <c>double.CompareTo</c> orders it.
/// </summary>
internal readonly struct NumberSortKey(double value, int position, bool descending) : IComparable<NumberSortKey>
{
    public double Value { get; } = value;

    public int Position { get; } = position;

    public bool Descending { get; } = descending;

    public int CompareTo(NumberSortKey other)
    {
        var order = Descending ? other.Value.CompareTo(Value) : Value.CompareTo(other.Value);
        return order != 0 ? order : Position.CompareTo(other.Position);
    }
}
