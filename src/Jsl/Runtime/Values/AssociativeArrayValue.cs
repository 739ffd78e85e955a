namespace Jsl.Runtime.Values;

/// <summary>
/// A JSL associative array: keys kept in sorted order (numbers before strings, then by value),
/// an optional default value returned (and stored) for absent keys.
/// Decision: associative arrays are references, as JMP documents (assigning one to another
/// variable shares it); lists and matrices are the copied kinds.
/// </summary>
public sealed class AssociativeArrayValue : Value
{
    /// <summary>Creates an empty associative array.</summary>
    public AssociativeArrayValue() => Entries = new SortedDictionary<Value, Value>(KeyComparer.Instance);

    /// <summary>The entries in key order.</summary>
    public SortedDictionary<Value, Value> Entries { get; }

    /// <summary>The default value for absent keys, or null when none is set.</summary>
    public Value? DefaultValue { get; set; }

    /// <summary>Number of keys.</summary>
    public int Count => Entries.Count;

    /// <inheritdoc/>
    public override string TypeName => "Associative Array";

    /// <summary>A copy with its own entries (values copied as on assignment).</summary>
    public AssociativeArrayValue Clone()
    {
        var copy = new AssociativeArrayValue { DefaultValue = DefaultValue };
        foreach (var (k, v) in Entries) copy.Entries[k] = v.CopyForAssignment();
        return copy;
    }

    /// <summary>Orders keys: numbers (ascending), then strings (ordinal), then any other key by its printed form.</summary>
    public sealed class KeyComparer : IComparer<Value>
    {
        /// <summary>The one comparer.</summary>
        public static readonly KeyComparer Instance = new();

        /// <inheritdoc/>
        public int Compare(Value? x, Value? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is StringValue s && y is StringValue t) return string.CompareOrdinal(s.Value, t.Value);
            if (x is null) return -1;
            if (y is null) return 1;
            var rank = Rank(x).CompareTo(Rank(y));
            if (rank != 0) return rank;
            return (x, y) switch
            {
                (NumberValue a, NumberValue b) => a.Value.CompareTo(b.Value),
                (StringValue a, StringValue b) => string.CompareOrdinal(a.Value, b.Value),
                _ => string.CompareOrdinal(Formatting.ValueFormatter.ToText(x), Formatting.ValueFormatter.ToText(y)),
            };
        }

        private static int Rank(Value v) => v switch
        {
            NumberValue => 0,
            StringValue => 1,
            _ => 2,
        };
    }
}
