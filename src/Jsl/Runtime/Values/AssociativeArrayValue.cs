namespace Jsl.Runtime.Values;

/// <summary>
/// A JSL associative array: keys walked in sorted order (numbers before strings, then by value),
/// an optional default value returned (and stored) for absent keys.
/// Decision: associative arrays are references, as JMP documents (assigning one to another
/// variable shares it); lists and matrices are the copied kinds.
/// </summary>
internal sealed class AssociativeArrayValue : Value
{
    /// <summary>Creates an empty associative array.</summary>
    public AssociativeArrayValue() => Entries = new AssociativeArrayEntries();

    private AssociativeArrayValue(AssociativeArrayEntries entries) => Entries = entries;

    /// <summary>The entries, walked in key order.</summary>
    public AssociativeArrayEntries Entries { get; }

    /// <summary>The default value for absent keys, or null when none is set.</summary>
    public Value? DefaultValue { get; set; }

    /// <summary>Number of keys.</summary>
    public int Count => Entries.Count;

    /// <inheritdoc/>
    public override string TypeName => "Associative Array";

    /// <summary>A copy with its own entries (values copied as on assignment).</summary>
    public AssociativeArrayValue Clone()
    {
        return new AssociativeArrayValue(Entries.Clone()) { DefaultValue = DefaultValue };
    }

    /// <summary>
    /// A copy that shares no associative array with this one: nested arrays (as values or as the
    /// default value) are copied too, and lists and matrices as on assignment.
    /// </summary>
    public AssociativeArrayValue DeepClone()
    {
        var copy = new AssociativeArrayValue { DefaultValue = DeepCopyOf(DefaultValue) };
        foreach (var (key, value) in Entries) copy.Entries[key] = DeepCopyOf(value)!;
        return copy;
    }

    private static Value? DeepCopyOf(Value? value) => value is AssociativeArrayValue nested ? nested.DeepClone() : value?.CopyForAssignment();

    /// <summary>
    /// Orders keys: numbers (ascending), then strings (ordinal), then any other key by its printed
    /// form, then reference objects (<see cref="IdentityKeys"/>). Two keys are the same
    /// key exactly when they compare as 0, and the hash code agrees.
    /// </summary>
    public sealed class KeyComparer(bool identityOrder) : IComparer<Value>, IEqualityComparer<Value>
    {
        /// <summary>The order and equality of an associative array's keys: a total order, keys of equal text told apart by identity where it applies.</summary>
        public static readonly KeyComparer Instance = new(identityOrder: true);

        /// <summary>
        /// The same order for sorting values (<c>Sort List</c>, ranks), where objects of equal text
        /// compare equal, so that a stable sort keeps them in the order it was given.
        /// </summary>
        public static readonly KeyComparer ValueOrder = new(identityOrder: false);

        /// <inheritdoc/>
        public int Compare(Value? x, Value? y) => Compare(x, null, y, null);

        /// <summary>True when this order places <paramref name="v"/> among values of its kind by its printed form.</summary>
        public bool OrdersByText(Value v) => Rank(v) == 2;

        /// <summary>
        /// <see cref="Compare(Value?, Value?)"/> with the printed forms of <paramref name="x"/> and
        /// <paramref name="y"/> already made, or null to print them when the order needs them.
        /// </summary>
        public int Compare(Value? x, string? xText, Value? y, string? yText)
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
                // Both are identity keys (the same rank): the order they first became keys.
                _ when identityOrder && IdentityKeys.Applies(x) => IdentityKeys.OrdinalOf(x).CompareTo(IdentityKeys.OrdinalOf(y)),
                _ when !identityOrder => CompareSortedText(xText ?? Formatting.ValueFormatter.ToText(x), yText ?? Formatting.ValueFormatter.ToText(y)),
                _ => string.CompareOrdinal(xText ?? Formatting.ValueFormatter.ToText(x), yText ?? Formatting.ValueFormatter.ToText(y)),
            };
        }

        /// <summary>
        /// Names and expressions in a sorted list: by their text, case ignored. The Scripting Guide's
        /// Manipulate Lists page sorts <c>{..., Pi(), cat, apple, cake}</c> to <c>apple, cake, cat, Pi()</c>
        /// and <c>{pie, Pi()}</c> to <c>Pi(), pie</c>. Decision: texts equal but for case fall back to
        /// ordinal order, so the order stays total.
        /// </summary>
        private static int CompareSortedText(string a, string b)
        {
            var folded = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
            return folded != 0 ? folded : string.CompareOrdinal(a, b);
        }

        /// <inheritdoc/>
        public bool Equals(Value? x, Value? y)
        {
            if (ReferenceEquals(x, y)) return true;
            if (x is StringValue s) return y is StringValue t && string.Equals(s.Value, t.Value, StringComparison.Ordinal);
            if (x is NumberValue a) return y is NumberValue b && a.Value.CompareTo(b.Value) == 0;
            if (x is null || y is null || IdentityKeys.Applies(x) || IdentityKeys.Applies(y)) return false;
            return Compare(x, y) == 0;
        }

        /// <inheritdoc/>
        public int GetHashCode(Value obj) => obj switch
        {
            StringValue s => s.Value.GetHashCode(StringComparison.Ordinal),
            // 0 and -0 are one key, and so is every NaN.
            NumberValue n => n.Value == 0 ? 0 : double.IsNaN(n.Value) ? 1 : n.Value.GetHashCode(),
            _ when IdentityKeys.Applies(obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj),
            _ => Formatting.ValueFormatter.ToText(obj).GetHashCode(StringComparison.Ordinal),
        };

        private int Rank(Value v) => v switch
        {
            NumberValue => 0,
            StringValue => 1,
            _ when identityOrder && IdentityKeys.Applies(v) => 3,
            _ => 2,
        };
    }
}
