using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Syntax;

/// <summary>A <c>#!</c> first line (an executable script) is skipped; anywhere else <c>#</c> is still an error.</summary>
public sealed class InterpreterLineTests
{
    [Theory]
    [InlineData("#!/usr/bin/env jsl\nx")]
    [InlineData("#!/usr/bin/env jsl\r\nx")]
    [InlineData("#!/usr/bin/env jsl\rx")]
    public void A_first_line_starting_with_hash_bang_is_skipped_and_lines_still_count(string text)
    {
        var tokens = Lexer.Tokenize(text, "t.jsl", out var errors);
        Assert.Empty(errors);
        var name = Assert.Single(tokens, t => t.Kind != TokenKind.EndOfFile);
        Assert.Equal(TokenKind.Name, name.Kind);
        Assert.Equal(2, name.Position.Line);
        Assert.Equal(1, name.Position.Column);
    }

    [Fact]
    public void A_hash_bang_line_alone_is_an_empty_script()
    {
        var tokens = Lexer.Tokenize("#!/usr/bin/env jsl", "t.jsl", out var errors);
        Assert.Empty(errors);
        Assert.Equal(TokenKind.EndOfFile, Assert.Single(tokens).Kind);
    }

    [Theory]
    [InlineData(" #!/usr/bin/env jsl\nx")]
    [InlineData("x;\n#!/usr/bin/env jsl\n")]
    [InlineData("// a comment first\n#!/usr/bin/env jsl\n")]
    public void A_hash_bang_anywhere_else_is_an_error(string text)
    {
        Lexer.Tokenize(text, "t.jsl", out var errors);
        Assert.NotEmpty(errors);
    }
}
