using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>Structural equality of two values, as <c>==</c> on lists and <c>Contains</c>/<c>Loc</c> on lists need it.</summary>
internal static class ValueEquality
{
    /// <summary>True when the two values are the same kind with the same content.</summary>
    public static bool AreEqual(Value a, Value b)
    {
        if (ReferenceEquals(a, b)) return true;
        Runtime.Errors.DepthGuard.EnterValue();
        switch (a, b)
        {
            case (NumberValue x, NumberValue y):
                return x.Value == y.Value || (x.IsMissing && y.IsMissing);
            case (StringValue x, StringValue y):
                return x.Value == y.Value;
            case (BlobValue x, BlobValue y):
                return x.Bytes.AsSpan().SequenceEqual(y.Bytes);
            case (ListValue x, ListValue y):
                if (x.Count != y.Count) return false;
                for (var i = 0; i < x.Count; i++)
                {
                    if (!AreEqual(x.Items[i], y.Items[i])) return false;
                }
                return true;
            case (MatrixValue x, MatrixValue y):
                return x.Rows == y.Rows && x.Columns == y.Columns && x.Data.AsSpan().SequenceEqual(y.Data);
            case (AssociativeArrayValue x, AssociativeArrayValue y):
                if (x.Count != y.Count) return false;
                foreach (var (k, v) in x.Entries)
                {
                    if (!y.Entries.TryGetValue(k, out var other) || !AreEqual(v, other)) return false;
                }
                return true;
            case (ExpressionValue x, ExpressionValue y):
                return IsHeadOf(x.Node, y.Node) || IsHeadOf(y.Node, x.Node)
                    || Runtime.Formatting.ExpressionPrinter.Print(x.Node) == Runtime.Formatting.ExpressionPrinter.Print(y.Node);
            case (EmptyValue, EmptyValue):
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Decision: a call with no arguments equals the bare name of its head, so that
    /// <c>Head( Expr( a = 1 ) ) == Expr( Assign )</c> is true: <c>Head</c> gives <c>Assign()</c>, and
    /// jsl-hamcrest tests heads exactly this way.
    /// </summary>
    private static bool IsHeadOf(Syntax.Tree.Node call, Syntax.Tree.Node name) =>
        call is Syntax.Tree.CallNode { Args.Count: 0, Qualifier: null, HeadIsString: false } c
        && name is Syntax.Tree.NameNode { Scope: Syntax.Tree.NameScope.Unqualified } n
        && ReferenceEquals(c.Head, n.Symbol);
}
