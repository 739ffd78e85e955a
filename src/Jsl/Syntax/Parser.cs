using System.Runtime.CompilerServices;
using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

/// <summary>
/// The hand-written JSL parser: precedence climbing over the lexer's tokens, desugaring operators
/// into calls with <see cref="Heads"/>. It never throws; on an error it reports
/// <c>expected X but found Y</c>, skips to a point where parsing can resume, and goes on, so one
/// parse reports every error it can. This file holds the driver, statements and error handling;
/// the partial files hold expressions, primaries and collection literals.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Deeper nesting than this is reported instead of risking the stack.</summary>
    internal const int MaxDepth = 1000;

    private readonly List<Token> tokens;
    private readonly string text;
    private readonly List<SyntaxError> errors;
    private readonly HashSet<Node> missingLiterals = new(ReferenceEqualityComparer.Instance);
    private int index;
    private int depth;
    private bool abandoned;
    private int lastErrorTokenStart = -1;

    public Parser(List<Token> tokens, string text, List<SyntaxError> errors)
    {
        this.tokens = tokens;
        this.text = text;
        this.errors = errors;
    }

    private Token Current => tokens[index];

    private Token Next => tokens[Math.Min(index + 1, tokens.Count - 1)];

    private Token Advance()
    {
        var token = tokens[index];
        if (index < tokens.Count - 1) index++;
        return token;
    }

    /// <summary>The whole script: its statements glued, a single expression, or <c>Empty()</c>.</summary>
    public Node ParseScript()
    {
        var statements = new List<Node>();
        SourcePosition? gluePosition = null;
        while (true)
        {
            var before = index;
            ParseStatements(statements, ref gluePosition);
            var token = Current;
            if (token.Kind == TokenKind.EndOfFile) break;
            if (IsCloser(token.Kind) || token.Kind == TokenKind.Comma || index == before)
            {
                Expected("end of file", token);
                Advance();
            }
            else
            {
                // Two expressions side by side: report the missing ';' and carry on with the second
                // (skipping the token when it cannot start one, so it is reported only once).
                Expected("';'", token);
                if (!CanStartExpression(token.Kind)) Advance();
            }
        }
        return statements.Count switch
        {
            0 => Empty(Current.Position),
            1 => statements[0],
            _ => CallNode.Operator(gluePosition ?? statements[0].Position, Heads.Glue, [.. statements]),
        };
    }

    /// <summary>
    /// Expressions separated by <c>;</c>, appended to <paramref name="statements"/>. Empty statements
    /// (a trailing <c>;</c>, or <c>;;</c>) are dropped. Stops before anything that cannot continue.
    /// </summary>
    private void ParseStatements(List<Node> statements, ref SourcePosition? gluePosition)
    {
        while (true)
        {
            var kind = Current.Kind;
            if (kind == TokenKind.EndOfFile || kind == TokenKind.Comma || IsCloser(kind)) return;
            if (kind == TokenKind.Semicolon)
            {
                gluePosition ??= Current.Position;
                Advance();
                continue;
            }
            statements.Add(ParseExpression(0));
            if (Current.Kind != TokenKind.Semicolon) return;
        }
    }

    /// <summary>A glue inside brackets (an argument, a parenthesised group); null when there is no expression at all.</summary>
    private Node? ParseGlue()
    {
        var statements = new List<Node>();
        SourcePosition? gluePosition = null;
        ParseStatements(statements, ref gluePosition);
        return statements.Count switch
        {
            0 => null,
            1 => statements[0],
            _ => CallNode.Operator(gluePosition ?? statements[0].Position, Heads.Glue, [.. statements]),
        };
    }

    private static CallNode Empty(SourcePosition position) => CallNode.Operator(position, Heads.Empty);

    private static bool IsCloser(TokenKind kind) => kind is TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace;

    private static bool IsOpener(TokenKind kind) => kind is TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace;

    private static string Quote(TokenKind kind) => kind switch
    {
        TokenKind.RightParen => "')'",
        TokenKind.RightBracket => "']'",
        TokenKind.RightBrace => "'}'",
        _ => kind.ToString(),
    };

    /// <summary>Reports <c>expected X but found Y</c> at <paramref name="found"/>, once per token.</summary>
    private void Expected(string expected, Token found)
    {
        if (found.Start == lastErrorTokenStart) return;
        Report(found.Position, $"expected {expected} but found {Describe(found)}");
        lastErrorTokenStart = found.Start;
    }

    private void Report(SourcePosition position, string message)
    {
        if (abandoned) return;
        errors.Add(new SyntaxError(position, message));
    }

    private string Describe(Token token)
    {
        if (token.Kind == TokenKind.EndOfFile) return "end of file";
        var source = Symbol.CollapseWhitespace(text.Substring(token.Start, token.Length));
        if (source.Length > 30) source = string.Concat(source.AsSpan(0, 27), "...");
        return $"'{source}'";
    }

    /// <summary>
    /// Skips to where parsing can resume after an error inside brackets closed by
    /// <paramref name="closer"/>: past that closer (true), past a comma at the same depth when
    /// <paramref name="commaResumes"/> (true, and <paramref name="atComma"/> set), or up to a closer
    /// that belongs to an enclosing bracket or the end of file (false, nothing consumed there).
    /// </summary>
    private bool SkipTo(TokenKind closer, bool commaResumes, out bool atComma)
    {
        atComma = false;
        var nested = 0;
        while (true)
        {
            var kind = Current.Kind;
            if (kind == TokenKind.EndOfFile) return false;
            if (IsOpener(kind))
            {
                nested++;
            }
            else if (IsCloser(kind))
            {
                if (nested == 0)
                {
                    if (kind != closer) return false;
                    Advance();
                    return true;
                }
                nested--;
            }
            else if (kind == TokenKind.Comma && nested == 0 && commaResumes)
            {
                Advance();
                atComma = true;
                return true;
            }
            Advance();
        }
    }

    /// <summary>Consumes <paramref name="closer"/>, or reports it missing and skips past it if it comes later.</summary>
    private void ExpectCloser(TokenKind closer)
    {
        if (Current.Kind == closer)
        {
            Advance();
            return;
        }
        Expected(Quote(closer), Current);
        SkipTo(closer, commaResumes: false, out _);
    }

    /// <summary>
    /// Counts one level of nesting (always pair with <see cref="Leave"/>); false, and the rest of
    /// the script given up, when the nesting is too deep for the limit or for the stack.
    /// </summary>
    private bool Enter()
    {
        depth++;
        if (abandoned) return false;
        if (depth <= MaxDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack()) return true;
        Report(Current.Position, $"expected at most {MaxDepth} levels of nesting but found nesting too deep");
        abandoned = true;
        index = tokens.Count - 1;
        return false;
    }

    private void Leave() => depth--;
}
