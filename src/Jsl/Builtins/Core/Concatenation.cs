using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary><c>||</c> joins strings, lists, blobs and matrices side by side; <c>|/</c> stacks matrices.</summary>
internal static class Concatenation
{
    public static Value Concat(CallContext c, Value a, Value b)
    {
        switch (a, b)
        {
            case (StringValue x, StringValue y):
                return ConcatStrings(c.Limits, c.Call, x, y);
            case (BlobValue x, BlobValue y):
                c.Limits.CheckBlob((long)x.Bytes.Length + y.Bytes.Length, c.Call);
                return new BlobValue([.. x.Bytes, .. y.Bytes]);
            case (ListValue x, ListValue y):
                c.Limits.CheckList((long)x.Count + y.Count, c.Call);
                var items = new List<Value>(x.Count + y.Count);
                items.AddRange(x.Items.Select(i => i.CopyForAssignment()));
                items.AddRange(y.Items.Select(i => i.CopyForAssignment()));
                return new ListValue(items);
            case (ListValue x, _):
                c.Limits.CheckList(x.Count + 1L, c.Call);
                return new ListValue([.. x.Items.Select(i => i.CopyForAssignment()), b.CopyForAssignment()]);
            case (_, ListValue y):
                c.Limits.CheckList(y.Count + 1L, c.Call);
                return new ListValue([a.CopyForAssignment(), .. y.Items.Select(i => i.CopyForAssignment())]);
            case (MatrixValue or NumberValue, MatrixValue or NumberValue):
                return Horizontal(c, AsMatrix(a), AsMatrix(b));
            case (ExpressionValue or StringValue, ExpressionValue or StringValue) when TextOf(a) is { } x && TextOf(b) is { } y:
                return ConcatStrings(c.Limits, c.Call, x, y);
            default:
                throw c.Error($"Cannot concatenate {a.TypeName} and {b.TypeName}");
        }
    }

    /// <summary>
    /// A string, or a name read as its text. Decision: a name joined with a string or a name
    /// (<c>{abc}[1] || "def"</c>, <c>Name Expr( m ) || "xyz"</c>) joins its text, as JMP gives
    /// "abcdef"; any other expression still cannot be joined.
    /// </summary>
    private static StringValue? TextOf(Value v) => v switch
    {
        StringValue s => s,
        ExpressionValue { Node: NameNode name } => new StringValue(name.Text),
        _ => null,
    };

    /// <summary>Two strings joined, within the run's limit (see <see cref="StringValue.Concat(StringValue, StringValue)"/> for why it may append in place).</summary>
    public static StringValue ConcatStrings(ResourceLimits limits, Node at, StringValue x, StringValue y)
    {
        limits.CheckString((long)x.Length + y.Length, at);
        return StringValue.Concat(x, y);
    }

    public static Value VConcat(CallContext c, Value a, Value b)
    {
        if (a is not (MatrixValue or NumberValue) || b is not (MatrixValue or NumberValue))
        {
            throw c.Error($"Cannot concatenate {a.TypeName} and {b.TypeName} vertically");
        }
        var x = AsMatrix(a);
        var y = AsMatrix(b);
        if (x.Data.Length == 0) return y.CopyForAssignment();
        if (y.Data.Length == 0) return x.CopyForAssignment();
        if (x.Columns != y.Columns) throw c.Error("Cannot conform matrices (dimensions do not match)");
        c.Limits.CheckMatrix((long)x.Rows + y.Rows, x.Columns, c.Call);
        return new MatrixValue(x.Rows + y.Rows, x.Columns, [.. x.Data, .. y.Data]);
    }

    private static MatrixValue AsMatrix(Value v) => v is NumberValue n ? new MatrixValue(1, 1, [n.Value]) : (MatrixValue)v;

    private static MatrixValue Horizontal(CallContext c, MatrixValue x, MatrixValue y)
    {
        if (x.Data.Length == 0) return (MatrixValue)y.CopyForAssignment();
        if (y.Data.Length == 0) return (MatrixValue)x.CopyForAssignment();
        if (x.Rows != y.Rows) throw c.Error("Cannot conform matrices (dimensions do not match)");
        c.Limits.CheckMatrix(x.Rows, (long)x.Columns + y.Columns, c.Call);
        var columns = x.Columns + y.Columns;
        var data = new double[x.Rows * columns];
        for (var r = 0; r < x.Rows; r++)
        {
            Array.Copy(x.Data, r * x.Columns, data, r * columns, x.Columns);
            Array.Copy(y.Data, r * y.Columns, data, r * columns + x.Columns, y.Columns);
        }
        return new MatrixValue(x.Rows, columns, data);
    }
}
