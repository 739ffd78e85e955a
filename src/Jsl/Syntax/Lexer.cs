using System.Globalization;

namespace Jsl.Syntax;

/// <summary>
/// The hand-written JSL lexer: turns script text into tokens, treating comments as whitespace.
/// It never throws: a character it cannot use is reported as a syntax error and skipped.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string text;
    private readonly LineMap lines;
    private readonly List<SyntaxError> errors;
    private readonly List<Token> tokens = [];
    private int pos;

    private Lexer(string text, LineMap lines, List<SyntaxError> errors)
    {
        this.text = text;
        this.lines = lines;
        this.errors = errors;
    }

    /// <summary>Lexes the whole text; the list always ends with one <see cref="TokenKind.EndOfFile"/> token.</summary>
    public static List<Token> Tokenize(string text, LineMap lines, List<SyntaxError> errors)
    {
        var lexer = new Lexer(text, lines, errors);
        lexer.Run();
        return lexer.tokens;
    }

    /// <summary>Lexes <paramref name="text"/> on its own (for tests and tools).</summary>
    public static List<Token> Tokenize(string text, string fileName, out List<SyntaxError> errors)
    {
        errors = [];
        return Tokenize(text, new LineMap(text, fileName), errors);
    }

    private void Run()
    {
        SkipInterpreterLine();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (pos >= text.Length) break;
            LexToken();
        }
        tokens.Add(new Token(TokenKind.EndOfFile, text.Length, 0, lines.PositionOf(text.Length)));
    }

    /// <summary>
    /// A <c>#!</c> line (<c>#!/usr/bin/env jsl</c>) makes a script executable on Unix; it is skipped
    /// like a comment, but only as the very first characters of the text (after a byte-order mark,
    /// which decoding leaves out): anywhere else <c>#</c> stays the error it is in JSL.
    /// </summary>
    private void SkipInterpreterLine()
    {
        if (!text.StartsWith("#!", StringComparison.Ordinal)) return;
        while (pos < text.Length && text[pos] != '\n' && text[pos] != '\r') pos++;
    }

    private char Peek(int ahead = 0) => pos + ahead < text.Length ? text[pos + ahead] : '\0';

    private void Error(int offset, string message) => errors.Add(new SyntaxError(lines.PositionOf(offset), message));

    private void Add(TokenKind kind, int start, string? value = null, double number = 0, bool isDate = false) =>
        tokens.Add(new Token(kind, start, pos - start, lines.PositionOf(start), value, number, isDate));

    /// <summary>
    /// Whitespace between tokens. Decision: U+FEFF (a byte-order mark, left in the middle of a
    /// file when files are concatenated) counts as whitespace outside string literals; inside a
    /// name it ends the name rather than being absorbed like a space.
    /// </summary>
    internal static bool IsWhitespace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    private void SkipWhitespaceAndComments()
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (IsWhitespace(c))
            {
                pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (pos < text.Length && text[pos] != '\n' && text[pos] != '\r') pos++;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// Skips a block comment starting at <see cref="pos"/>.
    /// Decision: block comments nest (<c>/* a {/*label*/} b */</c> is one comment), as published
    /// add-ins that load in JMP need (spec §1.2). Inside a block comment only <c>/*</c> and
    /// <c>*/</c> count: a <c>"</c> opens no string (an apostrophe or quote in commented-out prose
    /// must not swallow the rest of the file) and <c>//</c> starts no line comment (so
    /// <c>/* // */</c> ends where it appears to). <c>/*/</c> opens a comment and does not close it.
    /// An unclosed comment is reported at its outermost <c>/*</c>.
    /// </summary>
    private void SkipBlockComment()
    {
        var start = pos;
        var depth = 0;
        while (pos < text.Length)
        {
            if (text[pos] == '/' && Peek(1) == '*')
            {
                depth++;
                pos += 2;
            }
            else if (text[pos] == '*' && Peek(1) == '/')
            {
                pos += 2;
                if (--depth == 0) return;
            }
            else
            {
                pos++;
            }
        }
        Error(start, "expected '*/' but found end of file");
    }

    private void LexToken()
    {
        var c = text[pos];
        if (IsNameStart(c))
        {
            LexName();
        }
        else if (char.IsAsciiDigit(c) || c == '.')
        {
            LexNumber();
        }
        else if (c == '"')
        {
            LexString();
        }
        else if (!LexOperator())
        {
            var start = pos;
            var width = char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
            pos += width;
            Error(start, $"expected a name, number, string or operator but found '{text.Substring(start, width)}'");
        }
    }

    internal static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    /// <summary>
    /// Characters that may continue a name, apart from whitespace. <c>?</c> is one of them
    /// (<c>skip?</c>, spec §1.1); <c>&gt;?</c> stays an operator because <c>&gt;</c> ends a name first.
    /// Decision: besides the Unicode math symbols the Rules for Names list, the other number signs
    /// (superscripts and fractions: <c>²</c>, <c>½</c>) continue a name, because JMP's own Graph
    /// Builder saves <c>Line Of Fit( X, Y, R²( 1 ) )</c> and a script holding it must load.
    /// </summary>
    internal static bool IsNameContinue(char c) =>
        char.IsLetterOrDigit(c) || c is '\'' or '%' or '.' or '\\' or '_' or '?'
        || (c > 127 && char.GetUnicodeCategory(c) is UnicodeCategory.MathSymbol or UnicodeCategory.OtherNumber);

    private void LexName()
    {
        var start = pos;
        var end = ScanNameEnd(pos);
        pos = end;
        Add(TokenKind.Name, start, Symbol.CollapseWhitespace(text[start..end]));
    }

    /// <summary>
    /// Where a name starting at <paramref name="start"/> ends: names absorb interior whitespace
    /// (line ends included) as long as more name characters follow; trailing whitespace is not
    /// part of the name, and a comment ends it.
    /// </summary>
    private int ScanNameEnd(int start)
    {
        var i = start + 1;
        var end = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsNameContinue(c))
            {
                i++;
                end = i;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private bool LexOperator()
    {
        var start = pos;
        var c = text[pos];
        var c1 = Peek(1);
        var c2 = Peek(2);
        TokenKind kind;
        int width;
        switch (c)
        {
            case '(': (kind, width) = (TokenKind.LeftParen, 1); break;
            case ')': (kind, width) = (TokenKind.RightParen, 1); break;
            case '[': (kind, width) = (TokenKind.LeftBracket, 1); break;
            case ']': (kind, width) = (TokenKind.RightBracket, 1); break;
            case '{': (kind, width) = (TokenKind.LeftBrace, 1); break;
            case '}': (kind, width) = (TokenKind.RightBrace, 1); break;
            case ',': (kind, width) = (TokenKind.Comma, 1); break;
            case ';': (kind, width) = (TokenKind.Semicolon, 1); break;
            case ':':
                (kind, width) = c1 switch
                {
                    ':' when c2 == ':' => (TokenKind.ColonColonColon, 3),
                    ':' => (TokenKind.ColonColon, 2),
                    '*' => (TokenKind.ColonStar, 2),
                    '/' => (TokenKind.ColonSlash, 2),
                    _ => (TokenKind.Colon, 1),
                };
                break;
            case '|':
                (kind, width) = c1 switch
                {
                    '|' when c2 == '=' => (TokenKind.BarBarEqual, 3),
                    '|' => (TokenKind.BarBar, 2),
                    '/' when c2 == '=' => (TokenKind.BarSlashEqual, 3),
                    '/' => (TokenKind.BarSlash, 2),
                    _ => (TokenKind.Bar, 1),
                };
                break;
            case '<':
                (kind, width) = c1 switch
                {
                    '<' => (TokenKind.LessLess, 2),
                    '=' => (TokenKind.LessEqual, 2),
                    _ => (TokenKind.Less, 1),
                };
                break;
            case '=':
                (kind, width) = c1 switch
                {
                    '=' => (TokenKind.EqualEqual, 2),
                    '>' => (TokenKind.Arrow, 2),
                    _ => (TokenKind.Equal, 1),
                };
                break;
            case '!': (kind, width) = c1 == '=' ? (TokenKind.BangEqual, 2) : (TokenKind.Bang, 1); break;
            case '+':
                (kind, width) = c1 switch
                {
                    '+' => (TokenKind.PlusPlus, 2),
                    '=' => (TokenKind.PlusEqual, 2),
                    _ => (TokenKind.Plus, 1),
                };
                break;
            case '-':
                (kind, width) = c1 switch
                {
                    '-' => (TokenKind.MinusMinus, 2),
                    '=' => (TokenKind.MinusEqual, 2),
                    _ => (TokenKind.Minus, 1),
                };
                break;
            case '*': (kind, width) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1); break;
            case '/': (kind, width) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1); break;
            case '>':
                (kind, width) = c1 switch
                {
                    '=' => (TokenKind.GreaterEqual, 2),
                    '>' => (TokenKind.GreaterGreater, 2),
                    '?' => (TokenKind.GreaterQuestion, 2),
                    _ => (TokenKind.Greater, 1),
                };
                break;
            case '^': (kind, width) = (TokenKind.Caret, 1); break;
            case '&': (kind, width) = (TokenKind.Ampersand, 1); break;
            case '`': (kind, width) = (TokenKind.Backtick, 1); break;
            default: return false;
        }
        pos += width;
        Add(kind, start);
        return true;
    }
}
