using System.Globalization;
using System.Text;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Tests.Syntax;

/// <summary>Prints a tree compactly for assertions: <c>Add(1, Multiply(2, 3))</c>, <c>::x</c>, <c>ns:f(1)</c>, <c>[1 2, 3 4]</c>.</summary>
internal static class TreePrinter
{
    public static string Print(Node node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return sb.ToString();
    }

    /// <summary>Parses and prints, failing the test with the errors when there are any.</summary>
    public static string Parse(string script)
    {
        var result = JslParser.Parse(script, "t.jsl");
        Xunit.Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return Print(result.Root);
    }

    private static void Append(StringBuilder sb, Node node)
    {
        switch (node)
        {
            case NumberNode number:
                if (number.IsDate) sb.Append("date:");
                sb.Append(double.IsNaN(number.Value) ? "." : number.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            case StringNode text:
                sb.Append('"').Append(text.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                    .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
                    .Replace("\t", "\\t", StringComparison.Ordinal)).Append('"');
                break;
            case NameNode name:
                switch (name.Scope)
                {
                    case NameScope.Global: sb.Append("::"); break;
                    case NameScope.Root: sb.Append(":::"); break;
                    case NameScope.Column: sb.Append(':'); break;
                    case NameScope.Qualified:
                        Append(sb, name.Qualifier!);
                        sb.Append(':');
                        break;
                }
                sb.Append(name.Text);
                break;
            case CallNode call:
                if (call.Qualifier is not null)
                {
                    Append(sb, call.Qualifier);
                    sb.Append(':');
                }
                if (call.HeadIsString) sb.Append('"').Append(call.HeadText).Append('"');
                else sb.Append(call.HeadText);
                sb.Append('(');
                AppendList(sb, call.Args);
                sb.Append(')');
                break;
            case MatrixNode matrix:
                sb.Append('[');
                for (var r = 0; r < matrix.Rows; r++)
                {
                    if (r > 0) sb.Append(", ");
                    for (var c = 0; c < matrix.Columns; c++)
                    {
                        if (c > 0) sb.Append(' ');
                        var v = matrix.Values[r * matrix.Columns + c];
                        sb.Append(double.IsNaN(v) ? "." : v.ToString("R", CultureInfo.InvariantCulture));
                    }
                }
                sb.Append(']');
                break;
            case AssociativeArrayNode aa:
                sb.Append('[');
                for (var i = 0; i < aa.Keys.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, aa.Keys[i]);
                    sb.Append(" => ");
                    Append(sb, aa.Values[i]);
                }
                if (aa.DefaultValue is not null)
                {
                    if (aa.Keys.Count > 0) sb.Append(", ");
                    sb.Append("=> ");
                    Append(sb, aa.DefaultValue);
                }
                else if (aa.Keys.Count == 0)
                {
                    sb.Append("=>");
                }
                sb.Append(']');
                break;
            default:
                sb.Append('?').Append(node.GetType().Name);
                break;
        }
    }

    private static void AppendList(StringBuilder sb, IReadOnlyList<Node> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, nodes[i]);
        }
    }
}
