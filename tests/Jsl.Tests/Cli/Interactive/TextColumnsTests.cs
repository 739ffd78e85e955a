using Jsl.Cli.Interactive;

namespace Jsl.Tests.Cli.Interactive;

/// <summary>Columns as a terminal draws text, and the characters as a user sees them.</summary>
public sealed class TextColumnsTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("漢字", 4)]
    [InlineData("가나", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("\U0001F600", 2)]
    [InlineData("", 0)]
    public void Wide_characters_take_two_columns_and_accents_none(string text, int columns) =>
        Assert.Equal(columns, TextColumns.Of(text));

    [Fact]
    public void An_emoji_and_a_letter_with_its_accent_are_one_character_each()
    {
        var text = "a\U0001F600e\u0301b";
        Assert.Equal(1, TextColumns.NextBoundary(text, 0));
        Assert.Equal(3, TextColumns.NextBoundary(text, 1));
        Assert.Equal(5, TextColumns.NextBoundary(text, 3));
        Assert.Equal(5, TextColumns.PreviousBoundary(text, 6));
        Assert.Equal(3, TextColumns.PreviousBoundary(text, 5));
        Assert.Equal(1, TextColumns.PreviousBoundary(text, 3));
        Assert.Equal(text.Length, TextColumns.NextBoundary(text, text.Length));
    }
}
