using Jsl.Runtime.Errors;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// <c>x[i]</c> and <c>x[i] = v</c> on lists (1-based; a list or matrix of indices selects several),
/// matrices (<c>m[i]</c> row-major, <c>m[r, c]</c>, 0 meaning all rows or columns) and
/// associative arrays (by key, with the default value for absent keys).
/// </summary>
internal static class Subscripting
{
    public const string RangeError = "Subscript Range";

    public static Value Get(CallContext c, Value target, IReadOnlyList<Value> indices)
    {
        switch (target)
        {
            case ListValue list when indices.Count == 1:
                return GetListItems(c, list, indices[0]);
            case MatrixValue matrix:
                return GetMatrix(c, matrix, indices);
            case AssociativeArrayValue array when indices.Count == 1:
                return GetAssociative(c, array, indices[0]);
            case ListValue:
            case AssociativeArrayValue:
                throw c.Error("too many subscripts");
            default:
                throw c.Error($"Subscript target is not a list, matrix or associative array ({target.TypeName})");
        }
    }

    private static Value GetListItems(CallContext c, ListValue list, Value index)
    {
        switch (index)
        {
            case NumberValue n:
                return list.Items[ListPosition(c, list, n.Value)];
            case StringValue key:
                return FindNamedItem(c, list, key.Value) ?? throw c.Error(RangeError);
            default:
                var picked = new List<Value>();
                foreach (var i in Positions(c, index)) picked.Add(list.Items[ListPosition(c, list, i)]);
                return new ListValue(picked);
        }
    }

    /// <summary><c>list["name"]</c>: the value of the item written <c>name = value</c> (or <c>name(value)</c>).</summary>
    private static Value? FindNamedItem(CallContext c, ListValue list, string name)
    {
        var key = Jsl.Syntax.Symbol.Intern(name);
        foreach (var item in list.Items)
        {
            if (item is not ExpressionValue { Node: CallNode call }) continue;
            if (ReferenceEquals(call.Head, Heads.Assign) && call.Args.Count == 2 && call.Args[0] is NameNode n && ReferenceEquals(n.Symbol, key))
            {
                return c.Eval(call.Args[1]);
            }
            if (ReferenceEquals(call.Head, key) && call.Args.Count == 1) return c.Eval(call.Args[0]);
        }
        return null;
    }

    public static int ListPosition(CallContext c, ListValue list, double index)
    {
        if (double.IsNaN(index) || index < 1 || index > list.Count || index != Math.Floor(index))
        {
            throw c.Error(RangeError);
        }
        return (int)index - 1;
    }

    /// <summary>The indices given by a number, a list of numbers or a matrix.</summary>
    public static IEnumerable<double> Positions(CallContext c, Value index) => index switch
    {
        NumberValue n => [n.Value],
        MatrixValue m => m.Data,
        ListValue l => l.Items.Select(item => item is NumberValue n ? n.Value : throw c.Error("subscript must be a number")),
        _ => throw c.Error("subscript must be a number, list or matrix"),
    };

    private static Value GetMatrix(CallContext c, MatrixValue m, IReadOnlyList<Value> indices)
    {
        if (indices.Count == 1)
        {
            if (indices[0] is NumberValue n)
            {
                var at = (int)n.Value;
                if (n.Value == 0) return m.CopyForAssignment();
                if (at < 1 || at > m.Data.Length) throw c.Error(RangeError);
                return NumberValue.Of(m.Data[at - 1]);
            }
            var picked = Positions(c, indices[0]).Select(i => i >= 1 && i <= m.Data.Length ? m.Data[(int)i - 1] : throw c.Error(RangeError)).ToArray();
            return m.Columns == 1 || m.Rows > 1 ? new MatrixValue(picked.Length, 1, picked) : new MatrixValue(1, picked.Length, picked);
        }
        if (indices.Count != 2) throw c.Error("too many subscripts");
        var rows = Axis(c, indices[0], m.Rows);
        var cols = Axis(c, indices[1], m.Columns);
        if (rows.Length == 1 && cols.Length == 1 && indices[0] is NumberValue && indices[1] is NumberValue) return NumberValue.Of(m[rows[0], cols[0]]);
        var data = new double[rows.Length * cols.Length];
        var k = 0;
        foreach (var r in rows)
        {
            foreach (var col in cols) data[k++] = m[r, col];
        }
        return new MatrixValue(rows.Length, cols.Length, data);
    }

    /// <summary>0-based positions along one axis; a 0 subscript means the whole axis.</summary>
    public static int[] Axis(CallContext c, Value index, int length)
    {
        if (index is NumberValue { Value: 0 }) return Enumerable.Range(0, length).ToArray();
        return Positions(c, index).Select(i => i >= 1 && i <= length && i == Math.Floor(i) ? (int)i - 1 : throw c.Error(RangeError)).ToArray();
    }

    private static Value GetAssociative(CallContext c, AssociativeArrayValue array, Value key)
    {
        if (array.Entries.TryGetValue(key, out var found)) return found;
        if (array.DefaultValue is null) throw c.Error("key not found in associative array");
        // The Scripting Guide (Associative Arrays, Default Values): reading an absent key of an array
        // with a default adds the key, gives it the default value and returns that value.
        var added = array.DefaultValue.CopyForAssignment();
        array.Entries[key.CopyForAssignment()] = added;
        return added;
    }

    public static void Set(CallContext c, Value target, IReadOnlyList<Value> indices, Value value)
    {
        switch (target)
        {
            case ListValue list when indices.Count == 1:
                // The positions are read before any item changes: the subscript may be the list itself (k[k] = ...).
                foreach (var (i, n) in Positions(c, indices[0]).ToArray().Select((p, n) => (p, n)))
                {
                    var item = value is ListValue many && indices[0] is not NumberValue ? (n < many.Count ? many.Items[n] : throw c.Error(RangeError)) : value;
                    list.Items[ListPosition(c, list, i)] = item.CopyForAssignment();
                }
                return;
            case AssociativeArrayValue array when indices.Count == 1:
                array.Entries[indices[0]] = value.CopyForAssignment();
                return;
            case MatrixValue matrix:
                SetMatrix(c, matrix, indices, value);
                return;
            default:
                throw c.Error($"Subscript target is not a list, matrix or associative array ({target.TypeName})");
        }
    }

    private static void SetMatrix(CallContext c, MatrixValue m, IReadOnlyList<Value> indices, Value value)
    {
        IEnumerable<int> cells;
        if (indices.Count == 1)
        {
            cells = indices[0] is NumberValue { Value: 0 }
                ? Enumerable.Range(0, m.Data.Length)
                : Positions(c, indices[0]).Select(i => i >= 1 && i <= m.Data.Length ? (int)i - 1 : throw c.Error(RangeError));
        }
        else if (indices.Count == 2)
        {
            var rows = Axis(c, indices[0], m.Rows);
            var cols = Axis(c, indices[1], m.Columns);
            cells = rows.SelectMany(r => cols.Select(col => r * m.Columns + col));
        }
        else
        {
            throw c.Error("too many subscripts");
        }
        var targets = cells.ToArray();
        switch (value)
        {
            case NumberValue n:
                foreach (var t in targets) m.Data[t] = n.Value;
                break;
            case MatrixValue source when source.Data.Length == targets.Length:
                for (var i = 0; i < targets.Length; i++) m.Data[targets[i]] = source.Data[i];
                break;
            default:
                throw c.Error("Cannot convert argument to a number [or matrix]");
        }
    }

    /// <summary>
    /// The stored value an assignment target refers to, for updating in place: a variable's own
    /// list (not a copy), or the item inside it for <c>a[i][j] = v</c>.
    /// </summary>
    public static Value ContainerForUpdate(CallContext c, Node target)
    {
        switch (target)
        {
            case NameNode name:
                return c.Interpreter.LookupVariable(name, c.Scope) ?? throw Interpreter.NameUnresolved(name);
            case CallNode call when ReferenceEquals(call.Head, Heads.Subscript) && call.Args.Count >= 2:
                var outer = ContainerForUpdate(c, call.Args[0]);
                var indices = EvalIndices(c, call);
                return Get(c, outer, indices);
            default:
                return c.Eval(target);
        }
    }

    public static Value[] EvalIndices(CallContext c, CallNode subscript)
    {
        var indices = new Value[subscript.Args.Count - 1];
        for (var i = 1; i < subscript.Args.Count; i++)
        {
            indices[i - 1] = subscript.Args[i] is CallNode { Args.Count: 0 } e && ReferenceEquals(e.Head, Heads.Empty)
                ? NumberValue.Zero
                : c.Eval(subscript.Args[i]);
        }
        return indices;
    }

    internal static JslRuntimeError NotAssignable(CallContext c) => c.Error("cannot assign to this expression");
}
