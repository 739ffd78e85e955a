using System.Text;
using Jsl.Builtins.Blobs;
using Xunit;

namespace Jsl.Tests.Builtins.Blobs;

public sealed class BlobEncodingsTests
{
    [Theory]
    [InlineData("utf-8", "436166C3A9")]
    [InlineData("UTF-8", "436166C3A9")]
    [InlineData(" utf-8 ", "436166C3A9")]
    [InlineData("utf-16le", "430061006600E900")]
    [InlineData("utf-16be", "00430061006600E9")]
    [InlineData("us-ascii", "4361663F")]
    [InlineData("iso-8859-1", "436166E9")]
    [InlineData("ascii~hex", "436166C3A9")]
    public void Encode_gives_the_documented_bytes(string encoding, string hex)
    {
        Assert.Equal(hex, Convert.ToHexString(BlobEncodings.Encode("Café", encoding)));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("iso-8859-1")]
    [InlineData("shift_jis")]
    [InlineData("euc-jp")]
    public void Text_round_trips(string encoding)
    {
        var text = encoding is "iso-8859-1" ? "Café ÿ" : "Café 日本語";
        if (encoding is "shift_jis" or "euc-jp") text = "日本語 abc";
        Assert.Equal(text, BlobEncodings.Decode(BlobEncodings.Encode(text, encoding), encoding));
    }

    [Fact]
    public void Ascii_hex_decodes_to_the_tilde_form_and_back()
    {
        var bytes = new byte[] { 0x47, 0x0D, 0x0A, 0x7E, 0x21, 0x00, 0xFF };
        var text = BlobEncodings.Decode(bytes, "ascii~hex");
        Assert.Equal("G~0D~0A~7E~21~00~FF", text);
        Assert.Equal(bytes, BlobEncodings.Encode(text, "ascii~hex"));
    }

    [Fact]
    public void Base64_is_the_text_form_of_the_bytes()
    {
        Assert.Equal("aGVsbG8=", BlobEncodings.Decode(Encoding.ASCII.GetBytes("hello"), "base64"));
        Assert.Equal("hello", Encoding.ASCII.GetString(BlobEncodings.Encode("aGVsbG8=", "BASE64")));
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("utf8")]
    [InlineData("")]
    public void Unknown_encodings_are_named_in_the_error(string encoding)
    {
        var e = Assert.Throws<BlobEncodingException>(() => BlobEncodings.Encode("x", encoding));
        Assert.StartsWith($"Unknown encoding \"{encoding}\"", e.Message, StringComparison.Ordinal);
        Assert.Throws<BlobEncodingException>(() => BlobEncodings.Decode([], encoding));
    }

    [Fact]
    public void Find_resolves_names_ignoring_case()
    {
        Assert.True(BlobEncodings.TryFind("Shift_JIS", out var encoding));
        Assert.Equal(BlobEncoding.ShiftJis, encoding);
        Assert.False(BlobEncodings.TryFind("latin1", out _));
    }

    [Fact]
    public void Invalid_utf8_decodes_to_replacement_characters()
    {
        Assert.Equal("A\uFFFDB", BlobEncodings.Decode([0x41, 0xFF, 0x42], "utf-8"));
    }
}
