using Jsl.Builtins.Strings;

namespace Jsl.Tests.Builtins.Strings;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData("+3", 3)]
    [InlineData(".5", 0.5)]
    [InlineData("1.", 1)]
    [InlineData("3.1e6", 3100000)]
    [InlineData("1E-3", 0.001)]
    [InlineData("  12  ", 12)]
    public void Plain_numbers_are_read_even_when_restricted(string text, double expected)
    {
        Assert.Equal(expected, NumberText.Parse(text, restrict: false));
        Assert.Equal(expected, NumberText.Parse(text, restrict: true));
    }

    [Theory]
    [InlineData("5%", 0.05)]
    [InlineData("£23", 23)]
    [InlineData("$1,234.50", 1234.5)]
    [InlineData("-$5", -5)]
    [InlineData("1,234", 1234)]
    [InlineData("1904-01-02", 86400)]
    [InlineData("1904-01-01T01:00:00", 3600)]
    [InlineData("01/02/1904", 86400)]
    [InlineData("02Jan1904", 86400)]
    [InlineData("02jan1904:00:01:00", 86460)]
    [InlineData("1:30", 5400)]
    [InlineData("1:30:15", 5415)]
    public void Formatted_numbers_are_read_unless_restricted(string text, double expected)
    {
        Assert.Equal(expected, NumberText.Parse(text, restrict: false));
        Assert.True(double.IsNaN(NumberText.Parse(text, restrict: true)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hello")]
    [InlineData("1.2.3")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("1989-02-30")]
    [InlineData("12,34")]
    [InlineData("0x10")]
    [InlineData(".")]
    public void Anything_else_is_missing(string text) =>
        Assert.True(double.IsNaN(NumberText.Parse(text, restrict: false)));
}
