using System.Text;
using Jsl.Runtime.Values;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// Text forms of values (output.md §2, §10.5). <see cref="ToText"/> is <c>Char(x)</c> (a string is
/// its characters); <see cref="ToPrintText"/> is what <c>Print</c>/<c>Show</c> write (a top-level
/// string in quotes, unescaped); <see cref="ToCode"/> is re-parseable JSL, used for items inside
/// lists and expressions (strings escaped with <c>\!"</c> and <c>\!\</c>).
/// </summary>
internal static class ValueFormatter
{
    /// <summary><c>Char(x)</c>'s text.</summary>
    public static string ToText(Value value) => value switch
    {
        StringValue s => s.Value,
        // What AppendCode writes for a number, without a StringBuilder and a second copy of the
        // text: Char( i ) in a loop building keys is the hot case.
        NumberValue { IsDate: false } n => NumberFormatter.Format(n.Value),
        ExpressionValue { Node: Evaluation.ErrorExpressionNode error } => error.Error.Text,
        Classes.ClassObject self => Classes.ClassObjectText.ForChar(self),
        _ => ToCode(value),
    };

    /// <summary>The text <c>Print</c> and <c>Show</c> write for a value.</summary>
    public static string ToPrintText(Value value) => value switch
    {
        StringValue s => "\"" + s.Value + "\"",
        NumberValue { IsDate: false } n => NumberFormatter.Format(n.Value),
        _ => ToCode(value),
    };

    /// <summary>The value as JSL source text.</summary>
    public static string ToCode(Value value)
    {
        var sb = new StringBuilder();
        AppendCode(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends the value as JSL source text.</summary>
    public static void AppendCode(StringBuilder sb, Value value)
    {
        Errors.DepthGuard.EnterValue();
        switch (value)
        {
            case NumberValue { IsDate: true } date:
                sb.Append(DateText.Format(date.Value));
                break;
            case NumberValue n:
                sb.Append(NumberFormatter.Format(n.Value));
                break;
            case StringValue s:
                AppendQuoted(sb, s.Value);
                break;
            case ListValue list:
                sb.Append('{');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendCode(sb, list.Items[i]);
                }
                sb.Append('}');
                break;
            case MatrixValue matrix:
                AppendMatrix(sb, matrix);
                break;
            case AssociativeArrayValue array:
                AppendAssociativeArray(sb, array);
                break;
            case BlobValue blob:
                sb.Append("Char To Blob( \"").Append(AsciiHex.Encode(blob.Bytes)).Append("\", \"ascii~hex\" )");
                break;
            case ExpressionValue expression:
                ExpressionPrinter.Append(sb, expression.Node, null);
                break;
            case FunctionValue function:
                ExpressionPrinter.Append(sb, function.Definition, null);
                break;
            case EmptyValue:
                sb.Append("Empty()");
                break;
            case NamespaceValue ns:
                sb.Append("Namespace(\"").Append(ns.Name).Append("\")");
                break;
            case ObjectValue obj:
                sb.Append(obj.DisplayText);
                break;
            case Classes.ClassObject self:
                sb.Append(Classes.ClassObjectText.ForShow(self));
                break;
            case Classes.SuperReference super:
                sb.Append(Classes.ClassObjectText.ForShow(super.Self));
                break;
            default:
                sb.Append(value.ToString());
                break;
        }
    }

    /// <summary>Appends a string literal with JSL's escapes for <c>"</c> and <c>\</c>.</summary>
    public static void AppendQuoted(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            if (c == '"') sb.Append("\\!\"");
            else if (c == '\\') sb.Append("\\!\\");
            else sb.Append(c);
        }
        sb.Append('"');
    }

    private static void AppendMatrix(StringBuilder sb, MatrixValue matrix)
    {
        // An empty matrix that has a shape prints it, as the Scripting Guide shows J( 0,4 ): [](0,4).
        if (matrix.Rows * matrix.Columns == 0 && (matrix.Rows != 0 || matrix.Columns != 0))
        {
            sb.Append("[](").Append(matrix.Rows).Append(',').Append(matrix.Columns).Append(')');
            return;
        }
        sb.Append('[');
        for (var r = 0; r < matrix.Rows; r++)
        {
            if (r > 0) sb.Append(", ");
            for (var c = 0; c < matrix.Columns; c++)
            {
                if (c > 0) sb.Append(' ');
                sb.Append(NumberFormatter.Format(matrix[r, c]));
            }
        }
        sb.Append(']');
    }

    private static void AppendAssociativeArray(StringBuilder sb, AssociativeArrayValue array)
    {
        if (array.Count == 0 && array.DefaultValue is null)
        {
            sb.Append("[=>]");
            return;
        }
        sb.Append('[');
        var first = true;
        foreach (var (key, item) in array.Entries)
        {
            if (!first) sb.Append(", ");
            first = false;
            AppendCode(sb, key);
            sb.Append(" => ");
            AppendCode(sb, item);
        }
        if (array.DefaultValue is not null)
        {
            if (!first) sb.Append(", ");
            sb.Append("=> ");
            AppendCode(sb, array.DefaultValue);
        }
        sb.Append(']');
    }
}
