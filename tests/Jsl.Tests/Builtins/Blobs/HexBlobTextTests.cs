using Jsl.Builtins.Blobs;
using Xunit;

namespace Jsl.Tests.Builtins.Blobs;

public sealed class HexBlobTextTests
{
    [Theory]
    [InlineData("FF78CE", "FF78CE")]
    [InlineData("ff78ce", "FF78CE")]
    [InlineData("FF 78, CE\r\n", "FF78CE")]
    [InlineData("F F", "FF")]
    [InlineData("\t0A\t", "0A")]
    [InlineData("", "")]
    public void Parses_hex_digits_skipping_separators(string text, string hex)
    {
        var bytes = HexBlobText.TryParse(text, out var error);
        Assert.Null(error);
        Assert.Equal(hex, Convert.ToHexString(bytes!));
    }

    [Theory]
    [InlineData("ABC", "Odd number of hex digits")]
    [InlineData("4G", "Invalid hex digit \"G\"")]
    [InlineData("0x41", "Invalid hex digit \"x\"")]
    [InlineData("41;", "Invalid hex digit \";\"")]
    public void Reports_bad_text(string text, string message)
    {
        Assert.Null(HexBlobText.TryParse(text, out var error));
        Assert.Equal(message, error);
    }
}
