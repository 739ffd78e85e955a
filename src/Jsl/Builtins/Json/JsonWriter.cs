using System.Globalization;
using System.Text;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Json;

/// <summary>
/// Writes JSL values as compact JSON text (<c>As JSON Expr</c>): lists and matrices become arrays,
/// associative arrays objects, numbers numbers (missing: <c>null</c>), strings strings.
/// </summary>
internal static class JsonWriter
{
    /// <summary>The JSON text of <paramref name="value"/>; null (with <paramref name="error"/>) when a part has no JSON form.</summary>
    public static string? Write(Value value, out string error)
    {
        var sb = new StringBuilder();
        error = "";
        return Append(sb, value, ref error) ? sb.ToString() : null;
    }

    private static bool Append(StringBuilder sb, Value value, ref string error)
    {
        Runtime.Errors.DepthGuard.EnterValue();
        switch (value)
        {
            case NumberValue n:
                AppendNumber(sb, n.Value);
                return true;
            case StringValue s:
                AppendString(sb, s.Value);
                return true;
            case JsonLiteralValue literal:
                sb.Append(literal.Keyword);
                return true;
            case EmptyValue:
                sb.Append("null");
                return true;
            case ListValue list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    if (!Append(sb, list.Items[i], ref error)) return false;
                }
                sb.Append(']');
                return true;
            case AssociativeArrayValue array:
                sb.Append('{');
                var first = true;
                foreach (var (key, item) in array.Entries)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    AppendString(sb, ValueFormatter.ToText(key));
                    sb.Append(':');
                    if (!Append(sb, item, ref error)) return false;
                }
                sb.Append('}');
                return true;
            case MatrixValue matrix:
                AppendMatrix(sb, matrix);
                return true;
            case ExpressionValue { Node: CallNode { Args.Count: 1 } call } when LiteralCall(call) is { } literal:
                // A JSON Literal( true ) written inside a list literal stays unevaluated there.
                sb.Append(literal.Keyword);
                return true;
            case ExpressionValue or FunctionValue:
                // Decision: code has no JSON form of its own; it is written as a string holding
                // its JSL text.
                AppendString(sb, ValueFormatter.ToText(value));
                return true;
            default:
                error = $"a {value.TypeName} has no JSON form";
                return false;
        }
    }

    private static JsonLiteralValue? LiteralCall(CallNode call)
    {
        if (Symbol.CanonicalKey(call.Head.Text) != "jsonliteral") return null;
        return call.Args[0] switch
        {
            NameNode name => JsonLiteralValue.For(name.Text),
            StringNode text => JsonLiteralValue.For(text.Value),
            _ => null,
        };
    }

    // Decision: a matrix with one row or one column is a flat array; others are arrays of rows.
    private static void AppendMatrix(StringBuilder sb, MatrixValue matrix)
    {
        var flat = matrix.Rows == 1 || matrix.Columns == 1;
        sb.Append('[');
        for (var r = 0; r < matrix.Rows; r++)
        {
            if (!flat) sb.Append(r > 0 ? ",[" : "[");
            for (var col = 0; col < matrix.Columns; col++)
            {
                if (col > 0 || (flat && r > 0)) sb.Append(',');
                AppendNumber(sb, matrix[r, col]);
            }
            if (!flat) sb.Append(']');
        }
        sb.Append(']');
    }

    private static void AppendNumber(StringBuilder sb, double x)
    {
        // JSON has no missing or infinite numbers.
        if (!double.IsFinite(x)) sb.Append("null");
        else if (x == Math.Floor(x) && Math.Abs(x) < 1e15) sb.Append(((long)x).ToString(CultureInfo.InvariantCulture));
        else sb.Append(x.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>Appends a JSON string literal: <c>"</c>, <c>\</c> and control characters escaped, everything else as is.</summary>
    public static void AppendString(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
