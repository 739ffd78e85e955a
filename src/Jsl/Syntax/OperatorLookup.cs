using System.Collections.Frozen;

namespace Jsl.Syntax;

/// <summary>
/// The parser's index into <see cref="SyntaxFacts.Operators"/>: each row's token text is lexed
/// once to find its token kind, so the table's token strings are the only place the pairing
/// of a token with its head is written.
/// </summary>
internal static class OperatorLookup
{
    private static readonly OperatorShape[] InfixShapes =
        [OperatorShape.Left, OperatorShape.Right, OperatorShape.NAry, OperatorShape.Comparison, OperatorShape.Send];

    /// <summary>Operators between two operands, by token (the mixed comparison rows excluded: they are found by <see cref="MixedComparison"/>).</summary>
    public static FrozenDictionary<TokenKind, OperatorInfo> Infix { get; } = Index(row => row.LaterToken is null && InfixShapes.Contains(row.Shape));

    /// <summary>Operators before their operand, by token.</summary>
    public static FrozenDictionary<TokenKind, OperatorInfo> Prefix { get; } = Index(row => row.Shape == OperatorShape.Prefix);

    /// <summary>Operators after their operand, by token.</summary>
    public static FrozenDictionary<TokenKind, OperatorInfo> Postfix { get; } = Index(row => row.Shape == OperatorShape.Postfix);

    private static readonly FrozenDictionary<(TokenKind First, TokenKind Later), OperatorInfo> Mixed =
        SyntaxFacts.Operators.Where(row => row.LaterToken is not null)
            .ToFrozenDictionary(row => (KindOf(row.Token), KindOf(row.LaterToken!)));

    /// <summary>The head of a comparison chain whose first operator is <paramref name="first"/> and every later one <paramref name="later"/> (<c>a &lt; b &lt;= c</c>), if it has one.</summary>
    public static OperatorInfo? MixedComparison(TokenKind first, TokenKind later) => Mixed.GetValueOrDefault((first, later));

    private static FrozenDictionary<TokenKind, OperatorInfo> Index(Func<OperatorInfo, bool> select) =>
        SyntaxFacts.Operators.Where(select).ToFrozenDictionary(row => KindOf(row.Token));

    /// <summary>The kind of the single token <paramref name="text"/> lexes to; the table is wrong if it is not one token.</summary>
    private static TokenKind KindOf(string text)
    {
        var tokens = Lexer.Tokenize(text, "operator table", out var errors);
        if (errors.Count > 0 || tokens.Count != 2) throw new InvalidOperationException($"operator token '{text}' is not one token");
        return tokens[0].Kind;
    }
}
