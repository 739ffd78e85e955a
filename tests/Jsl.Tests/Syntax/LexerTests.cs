using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Syntax;

public class LexerTests
{
    private static List<Token> Lex(string source, int expectedErrors = 0)
    {
        var tokens = Lexer.Tokenize(source, "t.jsl", out var errors);
        Assert.Equal(expectedErrors, errors.Count);
        return tokens;
    }

    private static TokenKind[] Kinds(string source) => [.. Lex(source).Select(t => t.Kind).SkipLast(1)];

    [Theory]
    [InlineData(":::", nameof(TokenKind.ColonColonColon))]
    [InlineData("::", nameof(TokenKind.ColonColon))]
    [InlineData(":*", nameof(TokenKind.ColonStar))]
    [InlineData(":/", nameof(TokenKind.ColonSlash))]
    [InlineData(":", nameof(TokenKind.Colon))]
    [InlineData("||=", nameof(TokenKind.BarBarEqual))]
    [InlineData("||", nameof(TokenKind.BarBar))]
    [InlineData("|/=", nameof(TokenKind.BarSlashEqual))]
    [InlineData("|/", nameof(TokenKind.BarSlash))]
    [InlineData("|", nameof(TokenKind.Bar))]
    [InlineData("<<", nameof(TokenKind.LessLess))]
    [InlineData("<=", nameof(TokenKind.LessEqual))]
    [InlineData("<", nameof(TokenKind.Less))]
    [InlineData("==", nameof(TokenKind.EqualEqual))]
    [InlineData("=>", nameof(TokenKind.Arrow))]
    [InlineData("=", nameof(TokenKind.Equal))]
    [InlineData("!=", nameof(TokenKind.BangEqual))]
    [InlineData("!", nameof(TokenKind.Bang))]
    [InlineData("++", nameof(TokenKind.PlusPlus))]
    [InlineData("+=", nameof(TokenKind.PlusEqual))]
    [InlineData("+", nameof(TokenKind.Plus))]
    [InlineData("--", nameof(TokenKind.MinusMinus))]
    [InlineData("-=", nameof(TokenKind.MinusEqual))]
    [InlineData("-", nameof(TokenKind.Minus))]
    [InlineData("*=", nameof(TokenKind.StarEqual))]
    [InlineData("*", nameof(TokenKind.Star))]
    [InlineData("/=", nameof(TokenKind.SlashEqual))]
    [InlineData("/", nameof(TokenKind.Slash))]
    [InlineData(">=", nameof(TokenKind.GreaterEqual))]
    [InlineData(">", nameof(TokenKind.Greater))]
    [InlineData("^", nameof(TokenKind.Caret))]
    [InlineData("&", nameof(TokenKind.Ampersand))]
    [InlineData("`", nameof(TokenKind.Backtick))]
    [InlineData("(", nameof(TokenKind.LeftParen))]
    [InlineData(")", nameof(TokenKind.RightParen))]
    [InlineData("[", nameof(TokenKind.LeftBracket))]
    [InlineData("]", nameof(TokenKind.RightBracket))]
    [InlineData("{", nameof(TokenKind.LeftBrace))]
    [InlineData("}", nameof(TokenKind.RightBrace))]
    [InlineData(",", nameof(TokenKind.Comma))]
    [InlineData(";", nameof(TokenKind.Semicolon))]
    public void Operators_and_punctuation(string source, string kind) =>
        Assert.Equal([Enum.Parse<TokenKind>(kind)], Kinds(source));

    [Theory]
    [InlineData("a||=b", "Name BarBarEqual Name")]
    [InlineData("a|||b", "Name BarBar Bar Name")]
    [InlineData("x<<<y", "Name LessLess Less Name")]
    [InlineData("::::", "ColonColonColon Colon")]
    [InlineData("i+++1", "Name PlusPlus Plus Number")]
    [InlineData("a< =b", "Name Less Equal Name")]
    public void Operators_match_the_longest_token_and_spaces_split_them(string source, string kinds) =>
        Assert.Equal(kinds.Split(' ').Select(Enum.Parse<TokenKind>), Kinds(source));

    [Theory]
    [InlineData("a // comment\n+ b", "a", "b")]
    [InlineData("a /* c */ + b", "a", "b")]
    [InlineData("//! run on open\na + b", "a", "b")]
    [InlineData("a /* multi\nline * / */ + b", "a", "b")]
    public void Comments_are_whitespace(string source, string first, string last)
    {
        var tokens = Lex(source);
        Assert.Equal(4, tokens.Count);
        Assert.Equal(first, tokens[0].Text);
        Assert.Equal(last, tokens[2].Text);
    }

    [Theory]
    [InlineData("/* a /* b */ c */ x")]
    [InlineData("/* code { /*label*/ y = 1; } */ x")]
    [InlineData("/*/**/*/ x")]
    [InlineData("/* say \"hi */ x")]
    [InlineData("/* \"a */ /* b\" */ x")]
    [InlineData("/* // a line comment does not hide the end */ x")]
    [InlineData("/* not a close: * / nor *\n/ */ x")]
    public void Block_comments_nest_and_only_their_markers_count_inside(string source)
    {
        var tokens = Lex(source);
        Assert.Equal([TokenKind.Name, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
        Assert.Equal("x", tokens[0].Text);
    }

    [Fact]
    public void A_nested_comment_left_open_is_an_error_at_the_outermost_start()
    {
        Lexer.Tokenize("x;\n /* outer /* inner */ still open", "t.jsl", out var errors);
        var error = Assert.Single(errors);
        Assert.Equal("expected '*/' but found end of file", error.Message);
        Assert.Equal((2, 2), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void A_quote_in_a_line_comment_opens_no_string()
    {
        Assert.Equal([TokenKind.Name, TokenKind.Name], Kinds("a // it's \"open\nb"));
    }

    [Fact]
    public void A_byte_order_mark_outside_strings_is_whitespace()
    {
        Assert.Equal([TokenKind.Name, TokenKind.Equal, TokenKind.Number, TokenKind.Semicolon, TokenKind.Name],
            Kinds("\uFEFFx = 1;\n\uFEFFy"));
        Assert.Equal(["a", "b"], Lex("a\uFEFFb").Where(t => t.Kind == TokenKind.Name).Select(t => t.Text));
    }

    [Fact]
    public void A_byte_order_mark_inside_a_string_is_kept()
    {
        var token = Lex("\"a\uFEFFb\"")[0];
        Assert.Equal("a\uFEFFb", token.Text);
    }

    [Theory]
    [InlineData("skip?", "skip?")]
    [InlineData("write skips? = 1", "write skips?")]
    [InlineData("is ok?(x)", "is ok?")]
    [InlineData("a?b", "a?b")]
    public void Names_may_contain_question_marks(string source, string name) =>
        Assert.Equal(name, Lex(source)[0].Text);

    [Fact]
    public void The_pattern_operator_greater_question_still_splits_names() =>
        Assert.Equal([TokenKind.Name, TokenKind.GreaterQuestion, TokenKind.Name], Kinds("a>?b"));

    [Fact]
    public void An_unterminated_block_comment_is_an_error_at_its_start()
    {
        Lexer.Tokenize("x;\n  /* never closed", "t.jsl", out var errors);
        var error = Assert.Single(errors);
        Assert.Equal("expected '*/' but found end of file", error.Message);
        Assert.Equal((2, 3), (error.Position.Line, error.Position.Column));
    }

    [Theory]
    [InlineData("Net Income - Taxes", "Net Income")]
    [InlineData("a  b\t\tc = 1", "a b c")]
    [InlineData("a\r\n b(", "a b")]
    [InlineData("x1 y2.z_w", "x1 y2.z_w")]
    [InlineData("a /* c */ b", "a")]
    [InlineData("a // c\n b", "a")]
    [InlineData("_x", "_x")]
    [InlineData("caf\u00e9 \u00fcber", "caf\u00e9 \u00fcber")]
    public void Names_absorb_interior_whitespace_but_not_trailing_whitespace_or_comments(string source, string first) =>
        Assert.Equal(first, Lex(source)[0].Text);

    [Fact]
    public void A_name_token_ends_before_its_trailing_whitespace()
    {
        var token = Lex("ab   = 1")[0];
        Assert.Equal((0, 2), (token.Start, token.Length));
    }

    [Fact]
    public void Unknown_characters_are_errors_and_lexing_continues()
    {
        var tokens = Lexer.Tokenize("a # b $ c", "t.jsl", out var errors);
        Assert.Equal(2, errors.Count);
        Assert.Equal("expected a name, number, string or operator but found '#'", errors[0].Message);
        Assert.Equal(3, errors[0].Position.Column);
        Assert.Equal(7, errors[1].Position.Column);
        Assert.Equal(["a", "b", "c"], tokens.Where(t => t.Kind == TokenKind.Name).Select(t => t.Text));
    }

    [Fact]
    public void An_unterminated_string_is_an_error_at_its_opening_quote()
    {
        Lexer.Tokenize("x = 1;\ny = \"abc\n", "t.jsl", out var errors);
        var error = Assert.Single(errors);
        Assert.Equal("expected '\"' but found end of file", error.Message);
        Assert.Equal((2, 5), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void An_unterminated_raw_passage_is_an_unterminated_string()
    {
        var tokens = Lexer.Tokenize("\"\\[ no end", "t.jsl", out var errors);
        Assert.Equal(" no end", Assert.Single(tokens, t => t.Kind == TokenKind.String).Text);
        Assert.Equal("expected '\"' but found end of file", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("\"a\"n", nameof(TokenKind.QuotedName))]
    [InlineData("\"a\"n=1", nameof(TokenKind.QuotedName))]
    [InlineData("\"a\"nx", nameof(TokenKind.String))]
    [InlineData("\"a\" n", nameof(TokenKind.String))]
    [InlineData("\"a\"N", nameof(TokenKind.String))]
    public void Quoted_names_need_n_right_after_the_quote(string source, string kind) =>
        Assert.Equal(Enum.Parse<TokenKind>(kind), Lex(source)[0].Kind);

    [Theory]
    [InlineData(".", true)]
    [InlineData("..", true)]
    [InlineData(".5", false)]
    [InlineData("5.", false)]
    public void A_lone_period_is_the_missing_literal(string source, bool missing) =>
        Assert.Equal(missing, Lex(source)[0].IsMissingLiteral);

    [Fact]
    public void Period_inside_a_name_is_part_of_the_name() =>
        Assert.Equal([TokenKind.Name], Kinds("a.b.c"));

    [Fact]
    public void Tokens_carry_positions()
    {
        var tokens = Lex("a;\n  bc = 12");
        Assert.Equal((1, 1), (tokens[0].Position.Line, tokens[0].Position.Column));
        Assert.Equal((1, 2), (tokens[1].Position.Line, tokens[1].Position.Column));
        Assert.Equal((2, 3), (tokens[2].Position.Line, tokens[2].Position.Column));
        Assert.Equal((2, 6), (tokens[3].Position.Line, tokens[3].Position.Column));
        Assert.Equal((2, 8), (tokens[4].Position.Line, tokens[4].Position.Column));
        Assert.Equal((2, 10), (tokens[5].Position.Line, tokens[5].Position.Column));
    }
}
