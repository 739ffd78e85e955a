using Jsl.Builtins.Strings;

namespace Jsl.Tests.Builtins.Strings;

public sealed class HexTextTests
{
    [Theory]
    [InlineData(1.0, "3FF0000000000000")]
    [InlineData(-2.0, "C000000000000000")]
    [InlineData(0.0, "0000000000000000")]
    public void Doubles_are_written_as_their_ieee_bits(double value, string expected) =>
        Assert.Equal(expected, HexText.FromDouble(value));

    [Theory]
    [InlineData(1024, 16, "400")]
    [InlineData(255, 16, "FF")]
    [InlineData(11, 2, "1011")]
    [InlineData(0, 2, "0")]
    [InlineData(-255, 16, "-FF")]
    [InlineData(35.9, 36, "Z")]
    [InlineData(9007199254740992, 16, "20000000000000")]
    public void Integers_are_written_in_any_base(double value, int radix, string expected) =>
        Assert.Equal(expected, HexText.FromInteger(value, radix));

    [Theory]
    [InlineData("3FF0000000000000", 1)]
    [InlineData("ff", 255)]
    [InlineData(" 400 ", 1024)]
    [InlineData("FFFFFFFFFFFFFFFFF", 295147905179352825855.0)]
    public void Hex_to_number_reads_16_digits_as_a_double_and_others_as_integers(string text, double expected) =>
        Assert.Equal(expected, HexText.ToNumber(text));

    [Theory]
    [InlineData("")]
    [InlineData("xyz")]
    [InlineData("1 2")]
    public void Invalid_hex_is_missing(string text) => Assert.True(double.IsNaN(HexText.ToNumber(text)));

    [Theory]
    [InlineData("11110000", 2, 240)]
    [InlineData("-zz", 36, -1295)]
    [InlineData("777", 8, 511)]
    public void Other_bases_are_read(string text, int radix, double expected) =>
        Assert.Equal(expected, HexText.ToNumber(text, radix));

    [Fact]
    public void Digits_beyond_the_base_are_missing() => Assert.True(double.IsNaN(HexText.ToNumber("8", 8)));

    [Fact]
    public void Hex_bytes_skip_separators() =>
        Assert.Equal(new byte[] { 0x41, 0x42, 0x43, 0x0A }, HexText.ToBytes("41 42,43\r\n0a"));

    [Theory]
    [InlineData("ABC")]
    [InlineData("4G")]
    public void Odd_or_invalid_hex_has_no_bytes(string text) => Assert.Null(HexText.ToBytes(text));
}
