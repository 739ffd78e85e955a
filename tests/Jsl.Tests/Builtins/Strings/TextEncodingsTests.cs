using Jsl.Builtins.Strings;

namespace Jsl.Tests.Builtins.Strings;

public sealed class TextEncodingsTests
{
    [Theory]
    [InlineData("utf-8", "436166C3A9")]
    [InlineData("UTF-16BE", "00430061006600E9")]
    [InlineData("utf-16le", "430061006600E900")]
    [InlineData("iso-8859-1", "436166E9")]
    [InlineData("us-ascii", "4361663F")]
    public void Text_is_encoded_in_the_named_encoding(string encoding, string expectedHex) =>
        Assert.Equal(expectedHex, HexText.FromBytes(TextEncodings.Encode("Café", encoding)!));

    [Fact]
    public void Japanese_encodings_are_available()
    {
        Assert.Equal("82A0", HexText.FromBytes(TextEncodings.Encode("あ", "shift_jis")!));
        Assert.Equal("A4A2", HexText.FromBytes(TextEncodings.Encode("あ", "euc-jp")!));
    }

    [Fact]
    public void Ascii_hex_turns_tilde_escapes_into_bytes_and_back()
    {
        Assert.Equal(new byte[] { 0x41, 0x0D, 0x0A }, TextEncodings.Encode("A~0d~0a", "ascii~hex"));
        Assert.Equal("A~0D~0A", TextEncodings.Decode([0x41, 0x0D, 0x0A], "ascii~hex"));
    }

    [Fact]
    public void Unknown_encodings_give_null()
    {
        Assert.False(TextEncodings.IsKnown("klingon"));
        Assert.Null(TextEncodings.Encode("a", "klingon"));
        Assert.Null(TextEncodings.Decode([65], "klingon"));
    }
}
