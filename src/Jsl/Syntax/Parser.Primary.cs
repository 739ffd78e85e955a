using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

internal sealed partial class Parser
{
    private static readonly Symbol GlobalScope = Symbol.Intern("Global");

    private static bool CanStartExpression(TokenKind kind) => kind is TokenKind.Name or TokenKind.Number
        or TokenKind.String or TokenKind.QuotedName or TokenKind.LeftParen or TokenKind.LeftBrace
        or TokenKind.LeftBracket or TokenKind.LessLess or TokenKind.Colon or TokenKind.ColonColon
        or TokenKind.ColonColonColon or TokenKind.Minus or TokenKind.Bang;

    /// <summary>Literals, names, calls, scoped names, groups, lists, matrices, associative arrays, <c>&lt;&lt;Msg</c>.</summary>
    private Node ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                var number = new NumberNode(token.Position, token.Value, token.IsDate);
                if (token.IsMissingLiteral) missingLiterals.Add(number);
                return number;
            case TokenKind.String:
                Advance();
                if (Current.Kind == TokenKind.LeftParen) return ParseStringHeadedCall(token);
                return ParseQualifiedTail(new StringNode(token.Position, token.Text ?? ""));
            case TokenKind.QuotedName:
                Advance();
                // Decision: a quoted name is a name, so followed by ( it is a call: "my f"n(1) is my f(1).
                if (Current.Kind == TokenKind.LeftParen) return ParseCall(token, qualifier: null);
                return new NameNode(token.Position, Symbol.Intern(token.Text ?? ""), token.Text ?? "");
            case TokenKind.Name:
                return ParseNameOrCall();
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseGlue();
                if (inner is null)
                {
                    Expected("an expression", Current);
                    inner = Empty(Current.Position);
                }
                ExpectCloser(TokenKind.RightParen);
                return inner;
            case TokenKind.LeftBrace:
                Advance();
                return CallNode.Operator(token.Position, Heads.List, [.. ParseArguments(TokenKind.RightBrace)]);
            case TokenKind.LeftBracket:
                return ParseMatrixOrAssociativeArray();
            case TokenKind.LessLess:
                // Unary <<Msg: an option flag inside an argument list, e.g. Char( x, <<Use Locale( 1 ) ).
                Advance();
                return CallNode.Operator(token.Position, Heads.Send, ParseMessage());
            case TokenKind.Colon or TokenKind.ColonColon or TokenKind.ColonColonColon:
                return ParseScopedName();
            default:
                Expected("an expression", token);
                if (token.Kind is not (TokenKind.EndOfFile or TokenKind.Comma or TokenKind.Semicolon) && !IsCloser(token.Kind))
                {
                    Advance();
                }
                return Empty(token.Position);
        }
    }

    /// <summary>A name, a call <c>Name(args)</c> (whitespace before <c>(</c> allowed), <c>Name("text")</c>, or <c>q:x</c>.</summary>
    private Node ParseNameOrCall()
    {
        var name = Advance();
        if (Current.Kind == TokenKind.LeftParen) return ParseCall(name, qualifier: null);
        return ParseQualifiedTail(NameFrom(name));
    }

    private static NameNode NameFrom(Token name, NameScope scope = NameScope.Unqualified, Node? qualifier = null, SourcePosition? position = null)
    {
        var text = name.Text ?? "";
        return new NameNode(position ?? name.Position, Symbol.Intern(text), text, scope, qualifier);
    }

    private Node ParseCall(Token name, Node? qualifier)
    {
        var open = Advance();
        var args = ParseArguments(TokenKind.RightParen);
        var text = name.Text ?? "";
        var head = Symbol.Intern(text);
        if (qualifier is null && ReferenceEquals(head, Heads.Name) && args is [StringNode literal])
        {
            return new NameNode(name.Position, Symbol.Intern(literal.Value), literal.Value);
        }
        if (qualifier is null && ReferenceEquals(head, Heads.JslQuote)) return QuotedSource(name, open);
        return new CallNode(name.Position, head, text, args, qualifier);
    }

    /// <summary>
    /// <c>JSL Quote( ... )</c>: the source text between its parentheses, comments and white space kept,
    /// as a string (Scripting Guide, "Quoting and Unquoting Expressions"). It is a parser directive like
    /// <c>Name()</c>: the text must still parse, so the closing parenthesis is found the ordinary way.
    /// </summary>
    private Node QuotedSource(Token name, Token open)
    {
        var close = tokens[Math.Max(index - 1, 0)];
        if (close.Kind != TokenKind.RightParen || close.Start <= open.Start) return new StringNode(name.Position, "");
        var start = open.Start + open.Length;
        return new StringNode(name.Position, text[start..close.Start]);
    }

    /// <summary>True when the current <c>:</c> starts a qualified tail (<c>:name</c> or <c>:(expr)</c>).</summary>
    private bool IsQualifiedTailAhead() => Current.Kind == TokenKind.Colon && Next.Kind is TokenKind.Name or TokenKind.LeftParen;

    /// <summary>
    /// <c>"abc"(1, 2, 3)</c>: a call whose head is a string literal (JMP's own error items print
    /// this way, and jsl-hamcrest writes <c>New Object("Class"(args))</c>).
    /// Decision: whitespace (a line end too) before the <c>(</c> is allowed, as after a name, so
    /// <c>"abc" (1)</c> is the same call; a string and a parenthesis side by side were an error before.
    /// </summary>
    private CallNode ParseStringHeadedCall(Token literal)
    {
        Advance();
        var args = ParseArguments(TokenKind.RightParen);
        var text = literal.Text ?? "";
        return new CallNode(literal.Position, Symbol.Intern(text), text, args, qualifier: null, headIsString: true);
    }

    /// <summary>
    /// After any primary or postfix expression: <c>q:x</c> (a qualified name), <c>q:f(x)</c> (a call
    /// with a qualifier) or <c>q:(expr)</c>; <c>a:b:c</c> qualifies step by step.
    /// </summary>
    private Node ParseQualifiedTail(Node qualifier)
    {
        while (IsQualifiedTailAhead())
        {
            var colon = Advance();
            if (Current.Kind == TokenKind.LeftParen)
            {
                // Decision: q:(expr) computes the name, like As Scoped(q, expr) (As Column for :(expr)).
                return CallNode.Operator(colon.Position, Heads.AsScoped, qualifier, ParseParenthesized());
            }
            var name = Advance();
            if (Current.Kind == TokenKind.LeftParen) return ParseCall(name, qualifier);
            qualifier = NameFrom(name, NameScope.Qualified, qualifier, qualifier.Position);
        }
        return qualifier;
    }

    private Node ParseParenthesized()
    {
        Advance();
        var inner = ParseGlue();
        if (inner is null)
        {
            Expected("an expression", Current);
            inner = Empty(Current.Position);
        }
        ExpectCloser(TokenKind.RightParen);
        return inner;
    }

    /// <summary><c>:x</c> (column), <c>::x</c> (global), <c>:::x</c> (root); whitespace after the prefix is allowed.</summary>
    private Node ParseScopedName()
    {
        var prefix = Advance();
        var scope = prefix.Kind switch
        {
            TokenKind.ColonColon => NameScope.Global,
            TokenKind.ColonColonColon => NameScope.Root,
            _ => NameScope.Column,
        };
        if (Current.Kind == TokenKind.Name)
        {
            var name = Advance();
            if (Current.Kind == TokenKind.LeftParen && scope != NameScope.Column)
            {
                // Decision: ::f(x) and :::f(x) call a global function; the tree says so the way
                // Global:f(x) does, with a Global qualifier (root and global are one scope here).
                return ParseCall(name, new NameNode(prefix.Position, GlobalScope, "Global"));
            }
            return NameFrom(name, scope, position: prefix.Position);
        }
        if (scope == NameScope.Column && Current.Kind == TokenKind.LeftParen)
        {
            return CallNode.Operator(prefix.Position, Heads.AsColumn, ParseParenthesized());
        }
        Expected("a name", Current);
        return Empty(Current.Position);
    }

    /// <summary>The message after <c>&lt;&lt;</c>: a name or a call (unevaluated), parsed at primary level.</summary>
    private Node ParseMessage()
    {
        if (!CanStartExpression(Current.Kind) || Current.Kind is TokenKind.Minus or TokenKind.Bang)
        {
            Expected("a message", Current);
            return Empty(Current.Position);
        }
        try
        {
            return Enter() ? ParsePrimary() : Empty(Current.Position);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>
    /// Arguments up to <paramref name="closer"/> (already past the opener). An empty position is
    /// <c>Empty()</c>: <c>f(a, , b)</c>.
    /// </summary>
    private List<Node> ParseArguments(TokenKind closer)
    {
        var args = new List<Node>();
        while (true)
        {
            var token = Current;
            if (token.Kind == closer)
            {
                // Decision: a trailing comma before the closer is dropped, not an Empty() argument:
                // the Scripting Index's own examples end argument lists with "<<Option( ... ), )".
                Advance();
                return args;
            }
            if (token.Kind == TokenKind.Comma)
            {
                args.Add(Empty(token.Position));
                Advance();
                continue;
            }
            if (token.Kind == TokenKind.EndOfFile || IsCloser(token.Kind))
            {
                Expected(Quote(closer), token);
                return args;
            }
            args.Add(ParseGlue() ?? Empty(token.Position));
            if (Current.Kind == TokenKind.Comma)
            {
                Advance();
                continue;
            }
            if (Current.Kind == closer)
            {
                Advance();
                return args;
            }
            Expected(Quote(closer), Current);
            if (!SkipTo(closer, commaResumes: true, out var atComma) || !atComma) return args;
        }
    }
}
