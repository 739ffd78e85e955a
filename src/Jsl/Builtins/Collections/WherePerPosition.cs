using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// <c>Where(clause)</c> read position by position: every name in the clause that holds a list or a
/// matrix (a "sequence") stands, in turn, for its 1st, 2nd, ... element, and the positions where the
/// clause comes out true are collected. This is how the Scripting Index's Where examples read
/// <c>Where( xs[1] &lt; 18 )</c> over a list of lists and <c>Where( ys &gt;= 20 )</c> over a mixed list.
/// </summary>
internal static class WherePerPosition
{
    /// <summary>
    /// The true positions of <paramref name="clause"/> evaluated once per position, or null when the
    /// clause names no list or matrix (nothing to walk). All the sequences must have one length.
    /// </summary>
    public static List<double>? TryFind(CallContext c, Node clause)
    {
        var sequences = new Dictionary<NameNode, Value>(ReferenceEqualityComparer.Instance);
        Collect(c, clause, sequences);
        if (sequences.Count == 0) return null;
        var length = -1;
        foreach (var sequence in sequences.Values)
        {
            var n = Length(sequence);
            if (length < 0) length = n;
            else if (n != length) throw c.Error("Where needs the lists and matrices in its clause to have the same number of items");
        }
        var found = new List<double>();
        for (var i = 0; i < length; i++)
        {
            if (IsTrue(c.Eval(Replace(clause, sequences, i)))) found.Add(i + 1);
        }
        return found;
    }

    /// <summary>Whether the clause names a list or a matrix, so that it can be read position by position.</summary>
    public static bool NamesSequence(CallContext c, Node clause)
    {
        var sequences = new Dictionary<NameNode, Value>(ReferenceEqualityComparer.Instance);
        Collect(c, clause, sequences);
        return sequences.Count > 0;
    }

    /// <summary>Finds the names whose values are lists or matrices; a name that does not resolve is left alone.</summary>
    private static void Collect(CallContext c, Node node, Dictionary<NameNode, Value> sequences)
    {
        switch (node)
        {
            case NameNode name:
                Value value;
                try { value = c.Eval(name); }
                catch (JslRuntimeError) { return; }
                if (value is ListValue or MatrixValue) sequences[name] = value;
                break;
            case CallNode call:
                foreach (var arg in call.Args) Collect(c, arg, sequences);
                break;
        }
    }

    private static Node Replace(Node node, Dictionary<NameNode, Value> sequences, int index) => node switch
    {
        NameNode name when sequences.TryGetValue(name, out var sequence) => new ValueNode(Element(sequence, index), name.Position),
        CallNode call => call.WithArgs([.. call.Args.Select(a => Replace(a, sequences, index))]),
        _ => node,
    };

    private static int Length(Value sequence) => sequence is ListValue l ? l.Items.Count : ((MatrixValue)sequence).Data.Length;

    private static Value Element(Value sequence, int index) => sequence is ListValue l
        ? l.Items[index]
        : NumberValue.Of(((MatrixValue)sequence).Data[index]);

    /// <summary>True for a non-zero, non-missing number (or a one-element matrix holding one).</summary>
    private static bool IsTrue(Value value) => value switch
    {
        MatrixValue { Data.Length: 1 } m => m.Data[0] != 0 && !double.IsNaN(m.Data[0]),
        _ => CallContext.IsTrue(value),
    };
}
