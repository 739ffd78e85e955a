using System.Text;
using Jsl.Builtins.Files;
using Xunit;

namespace Jsl.Tests.Builtins.Files;

public sealed class TextDecodingTests
{
    [Fact]
    public void Best_guess_honours_byte_order_marks()
    {
        Assert.Equal("hé", TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("hé")], "best guess"));
        Assert.Equal("hé", TextDecoding.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("hé")], "best guess"));
        Assert.Equal("hé", TextDecoding.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("hé")], "Best Guess"));
    }

    [Fact]
    public void Best_guess_falls_back_to_latin1_for_invalid_utf8()
    {
        Assert.Equal("Café", TextDecoding.Decode(Encoding.UTF8.GetBytes("Café"), "best guess"));
        Assert.Equal("Caf\u00e9", TextDecoding.Decode([0x43, 0x61, 0x66, 0xE9], "best guess"));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("UTF_8")]
    [InlineData("iso-8859-1")]
    [InlineData("us-ascii")]
    [InlineData("utf-16be")]
    public void Named_charsets_are_known(string name) => Assert.NotNull(TextDecoding.Decode([], name));

    [Fact]
    public void Unknown_charsets_are_null() => Assert.Null(TextDecoding.Decode([], "klingon"));
}
