using System.Text;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// The compact printer (output.md §3.2): <c>Name(a, b)</c> with no inner padding, infix operators
/// with one space each side, parentheses only where precedence needs them. Used by <c>Char</c>,
/// <c>Show</c> labels, printed expressions and error lines (which mark the failing node with
/// <c>/*###*/</c>).
/// </summary>
internal static class ExpressionPrinter
{
    /// <summary>The marker JMP puts after the part of an expression that failed.</summary>
    public const string Marker = "/*###*/";

    // A qualifier prints bare when it binds as tightly as a subscript (x[i]:m, f(x):m, a:b); looser
    // operators get parentheses ((a + b):m, (x++):m), so the text parses back to the same tree.
    private const int QualifierPrecedence = 14;

    /// <summary>Maps a head to the spelling JMP prints for built-ins (set once by the engine); user names print as written.</summary>
    public static Func<Symbol, string?> CanonicalName { get; set; } = _ => null;

    /// <summary>Prints <paramref name="node"/>.</summary>
    public static string Print(Node node, Node? marked = null)
    {
        var sb = new StringBuilder();
        Append(sb, node, marked);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="node"/>, with the marker after <paramref name="marked"/>'s head if it occurs.</summary>
    public static void Append(StringBuilder sb, Node node, Node? marked) => Write(sb, node, marked, 0);

    private static void Write(StringBuilder sb, Node node, Node? marked, int outerPrecedence)
    {
        DepthGuard.Enter(node);
        switch (node)
        {
            case NumberNode number:
                sb.Append(NumberFormatter.Format(number.Value));
                break;
            case StringNode text:
                ValueFormatter.AppendQuoted(sb, text.Value);
                break;
            case NameNode name:
                AppendName(sb, name);
                if (ReferenceEquals(node, marked)) sb.Append(Marker);
                break;
            case ValueNode constant:
                ValueFormatter.AppendCode(sb, constant.Value);
                break;
            case MatrixNode matrix:
                ValueFormatter.AppendCode(sb, new Values.MatrixValue(matrix.Rows, matrix.Columns, [.. matrix.Values]));
                break;
            case AssociativeArrayNode array:
                WriteAssociativeArray(sb, array, marked);
                break;
            case CallNode call:
                WriteCall(sb, call, marked, outerPrecedence);
                break;
            case ErrorExpressionNode error:
                ValueFormatter.AppendQuoted(sb, error.Error.Text);
                sb.Append("(1, 2, ");
                ValueFormatter.AppendQuoted(sb, error.Error.Node is null ? "" : ErrorFormatter.HeadText(error.Error.Node));
                if (error.Error.Node is not null) sb.Append(", ").Append(Print(error.Error.Node, error.Error.Node));
                sb.Append(')');
                break;
        }
    }

    private static void AppendName(StringBuilder sb, NameNode name)
    {
        switch (name.Scope)
        {
            case NameScope.Global: sb.Append("::"); break;
            case NameScope.Root: sb.Append(":::"); break;
            case NameScope.Column: sb.Append(':'); break;
            case NameScope.Qualified when name.Qualifier is not null:
                Write(sb, name.Qualifier, null, QualifierPrecedence);
                sb.Append(':');
                break;
        }
        sb.Append(name.Text);
    }

    private static void WriteCall(StringBuilder sb, CallNode call, Node? marked, int outerPrecedence)
    {
        var isMarked = ReferenceEquals(call, marked);
        if (call.HeadIsString)
        {
            WritePlainCall(sb, call, marked);
            return;
        }
        if (OperatorTable.TryGet(call, out var op))
        {
            // Braces group on their own: a list never needs parentheses.
            var parens = op.Shape != OperatorShape.List && OperatorTable.Precedence(op) < outerPrecedence;
            if (parens) sb.Append('(');
            WriteOperator(sb, call, op, marked, isMarked);
            if (parens) sb.Append(')');
            return;
        }
        if (call.Qualifier is not null)
        {
            // q:f(x) names a method or a namespace's function, never a built-in: printed as written.
            Write(sb, call.Qualifier, null, QualifierPrecedence);
            sb.Append(':').Append(call.HeadText);
            if (isMarked) sb.Append(Marker);
            sb.Append('(');
            WriteArgs(sb, call.Args, marked);
            sb.Append(')');
            return;
        }
        WritePlainCall(sb, call, marked);
    }

    /// <summary>The head (a string head with its quotes, a built-in in JMP's spelling) and the arguments in parentheses.</summary>
    private static void WritePlainCall(StringBuilder sb, CallNode call, Node? marked)
    {
        if (call.HeadIsString) ValueFormatter.AppendQuoted(sb, call.HeadText);
        else sb.Append(CanonicalName(call.Head) ?? call.HeadText);
        if (ReferenceEquals(call, marked)) sb.Append(Marker);
        sb.Append('(');
        WriteArgs(sb, call.Args, marked);
        sb.Append(')');
    }

    private static void WriteArgs(StringBuilder sb, IReadOnlyList<Node> args, Node? marked)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, args[i], marked, 0);
        }
    }

    private static void WriteOperator(StringBuilder sb, CallNode call, OperatorInfo op, Node? marked, bool isMarked)
    {
        var args = call.Args;
        var precedence = OperatorTable.Precedence(op);
        switch (op.Shape)
        {
            case OperatorShape.Prefix:
                sb.Append(op.Token);
                if (isMarked) sb.Append(Marker);
                Write(sb, args[0], marked, precedence);
                return;
            case OperatorShape.Postfix:
                Write(sb, args[0], marked, precedence);
                sb.Append(op.Token);
                if (isMarked) sb.Append(Marker);
                return;
            case OperatorShape.Subscript:
                Write(sb, args[0], marked, precedence);
                if (isMarked) sb.Append(Marker);
                sb.Append('[');
                WriteArgs(sb, [.. args.Skip(1)], marked);
                sb.Append(']');
                return;
            case OperatorShape.List:
                sb.Append('{');
                WriteArgs(sb, args, marked);
                sb.Append('}');
                if (isMarked) sb.Append(Marker);
                return;
            case OperatorShape.Left when args.Count == 2:
                WriteLeftChain(sb, call, op, marked);
                return;
            case OperatorShape.Send when args.Count == 1:
                sb.Append(op.Token);
                if (isMarked) sb.Append(Marker);
                Write(sb, args[0], marked, int.MaxValue);
                return;
        }
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                var token = i > 1 && op.LaterToken is not null ? op.LaterToken : op.Token;
                if (op.Shape == OperatorShape.Sequence) sb.Append(token).Append(' ');
                else sb.Append(' ').Append(token).Append(' ');
                if (isMarked && i == 1) sb.Append(Marker);
            }
            var side = op.Shape == OperatorShape.Right
                ? (i == args.Count - 1 ? precedence : precedence + 1)
                : (i == 0 ? precedence : precedence + 1);
            if (op.Shape == OperatorShape.Send && i > 0 && args[i] is CallNode message && !ReferenceEquals(message.Head, Heads.List))
            {
                // The message after << is always a plain call: Send("x") is the Send message, not a nested <<.
                // A list of messages stays a list ({A, B}), which is how Send reads it.
                WritePlainCall(sb, message, marked);
                continue;
            }
            Write(sb, args[i], marked, side);
        }
    }

    /// <summary>
    /// <c>a || b || c</c> as written: the chain's left spine is walked, not recursed into, so a
    /// chain of a million terms prints on any stack. The same operator on the left needs no
    /// parentheses (it groups to the left), so the text is what the recursive form would print.
    /// </summary>
    private static void WriteLeftChain(StringBuilder sb, CallNode call, OperatorInfo op, Node? marked)
    {
        var spine = new List<CallNode> { call };
        var leftmost = call.Args[0];
        while (leftmost is CallNode { HeadIsString: false, Args.Count: 2 } inner
            && OperatorTable.TryGet(inner, out var innerOp) && ReferenceEquals(innerOp, op))
        {
            spine.Add(inner);
            leftmost = inner.Args[0];
        }
        var precedence = OperatorTable.Precedence(op);
        Write(sb, leftmost, marked, precedence);
        for (var i = spine.Count - 1; i >= 0; i--)
        {
            sb.Append(' ').Append(op.Token).Append(' ');
            if (ReferenceEquals(spine[i], marked)) sb.Append(Marker);
            Write(sb, spine[i].Args[1], marked, precedence + 1);
        }
    }

    private static void WriteAssociativeArray(StringBuilder sb, AssociativeArrayNode array, Node? marked)
    {
        if (array.Keys.Count == 0 && array.DefaultValue is null)
        {
            sb.Append("[=>]");
            return;
        }
        sb.Append('[');
        for (var i = 0; i < array.Keys.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, array.Keys[i], marked, 0);
            sb.Append(" => ");
            Write(sb, array.Values[i], marked, 0);
        }
        if (array.DefaultValue is not null)
        {
            if (array.Keys.Count > 0) sb.Append(", ");
            sb.Append("=> ");
            Write(sb, array.DefaultValue, marked, 0);
        }
        sb.Append(']');
    }
}
