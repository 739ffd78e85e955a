using Jsl.Syntax.Tree;
using InfixShape = Jsl.Syntax.OperatorShape;

namespace Jsl.Syntax;

internal sealed partial class Parser
{
    private const string MissingComparisonMessage = "Comparisons with missing must be done with the isMissing() function";

    /// <summary>Binding power of a precedence level: level 1 (tightest) gives the highest power.</summary>
    private static int BindingPower(OperatorInfo row) => (SyntaxFacts.LoosestLevel + 1 - row.Level) * 10;

    private readonly record struct InfixOperator(Symbol Head, int Power, InfixShape Shape);

    /// <summary>The infix operator <paramref name="kind"/> stands for, read from <see cref="SyntaxFacts.Operators"/>.</summary>
    private static InfixOperator? Infix(TokenKind kind) =>
        OperatorLookup.Infix.TryGetValue(kind, out var row) ? new InfixOperator(row.Head, BindingPower(row), row.Shape) : null;

    private static bool IsComparison(TokenKind kind) => Infix(kind) is { Shape: InfixShape.Comparison };

    private static Symbol ComparisonHead(TokenKind kind) => OperatorLookup.Infix[kind].Head;

    private static Symbol? PostfixHead(TokenKind kind) => OperatorLookup.Postfix.GetValueOrDefault(kind)?.Head;

    /// <summary>An expression whose operators all bind tighter than <paramref name="minPower"/> (0: everything but <c>;</c>).</summary>
    private Node ParseExpression(int minPower)
    {
        try
        {
            if (!Enter()) return Empty(Current.Position);
            var left = ParsePrefix();
            while (true)
            {
                var token = Current;
                if (token.Kind == TokenKind.LeftBracket)
                {
                    left = ParseSubscript(left);
                    continue;
                }
                if (token.Kind == TokenKind.Colon && IsQualifiedTailAhead())
                {
                    // P:name after any primary or postfix expression: x[i]:m, (expr):m, f(x):m.
                    left = ParseQualifiedTail(left);
                    continue;
                }
                if (PostfixHead(token.Kind) is { } postfix)
                {
                    Advance();
                    left = CallNode.Operator(token.Position, postfix, left);
                    continue;
                }
                if (Infix(token.Kind) is not { } op || op.Power <= minPower) return left;
                left = op.Shape switch
                {
                    InfixShape.Left => Binary(op, left, ParseOperand(op.Power)),
                    InfixShape.Right => Binary(op, left, ParseOperand(op.Power - 1)),
                    InfixShape.NAry => ParseNAry(op, left),
                    InfixShape.Comparison => ParseComparisonChain(left, op.Power),
                    _ => Binary(op, left, ParseMessageOperand()),
                };
            }
        }
        finally
        {
            Leave();
        }
    }

    private CallNode Binary(InfixOperator op, Node left, (Token Operator, Node Right) operand) =>
        CallNode.Operator(operand.Operator.Position, op.Head, left, operand.Right);

    private (Token, Node) ParseOperand(int minPower)
    {
        var op = Advance();
        return (op, ParseExpression(minPower));
    }

    private (Token, Node) ParseMessageOperand()
    {
        var op = Advance();
        return (op, ParseMessage());
    }

    /// <summary><c>-x</c>, <c>!x</c> (a minus on a number literal folds into a negative number), else a primary.</summary>
    private Node ParsePrefix()
    {
        var token = Current;
        if (!OperatorLookup.Prefix.TryGetValue(token.Kind, out var prefix)) return ParsePrimary();
        Advance();
        var operand = ParseExpression(BindingPower(prefix));
        return ReferenceEquals(prefix.Head, Heads.Minus) && operand is NumberNode number
            ? new NumberNode(token.Position, -number.Value, number.IsDate)
            : CallNode.Operator(token.Position, prefix.Head, operand);
    }

    /// <summary><c>a | b | c</c> → <c>Or(a, b, c)</c>; the same for <c>&amp;</c>.</summary>
    private CallNode ParseNAry(InfixOperator op, Node first)
    {
        var kind = Current.Kind;
        var position = Advance().Position;
        var operands = new List<Node> { first, ParseExpression(op.Power) };
        while (Current.Kind == kind)
        {
            Advance();
            operands.Add(ParseExpression(op.Power));
        }
        return CallNode.Operator(position, op.Head, [.. operands]);
    }

    /// <summary>
    /// A chain of comparisons. Runs of the same operator become one n-ary call
    /// (<c>3 &gt; 2 &gt; 1</c> → <c>Greater(3, 2, 1)</c>); <c>a &lt; b &lt;= c</c> is
    /// <c>Less LessEqual(a, b, c)</c> and <c>a &lt;= b &lt; c</c> is <c>LessEqual Less(a, b, c)</c>;
    /// other mixes group to the left.
    /// </summary>
    private CallNode ParseComparisonChain(Node first, int power)
    {
        var operands = new List<Node> { first };
        var operators = new List<Token>();
        while (IsComparison(Current.Kind))
        {
            operators.Add(Advance());
            operands.Add(ParseExpression(power));
        }
        for (var i = 0; i < operators.Count; i++)
        {
            if (operators[i].Kind is not (TokenKind.EqualEqual or TokenKind.BangEqual)) continue;
            // JMP rejects `x == .` at parse time (comparing with missing always gives missing);
            // the error points at the operator.
            if (missingLiterals.Contains(operands[i]) || missingLiterals.Contains(operands[i + 1]))
            {
                Report(operators[i].Position, MissingComparisonMessage);
            }
        }
        if (operators.Count >= 2 && operators.Skip(1).All(t => t.Kind == operators[1].Kind)
            && OperatorLookup.MixedComparison(operators[0].Kind, operators[1].Kind) is { } mixed)
        {
            return CallNode.Operator(operators[0].Position, mixed.Head, [.. operands]);
        }
        var current = operators[0];
        var args = new List<Node> { operands[0], operands[1] };
        for (var i = 1; i < operators.Count; i++)
        {
            if (operators[i].Kind != current.Kind)
            {
                var grouped = CallNode.Operator(current.Position, ComparisonHead(current.Kind), [.. args]);
                current = operators[i];
                args = [grouped];
            }
            args.Add(operands[i + 1]);
        }
        return CallNode.Operator(current.Position, ComparisonHead(current.Kind), [.. args]);
    }

    /// <summary><c>a[i, j]</c> → <c>Subscript(a, i, j)</c>; empty positions are <c>Empty()</c>.</summary>
    private CallNode ParseSubscript(Node target)
    {
        var bracket = Advance();
        var args = ParseArguments(TokenKind.RightBracket);
        args.Insert(0, target);
        return CallNode.Operator(bracket.Position, Heads.Subscript, [.. args]);
    }
}
