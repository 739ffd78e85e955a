using Jsl.Builtins.Blobs;
using Xunit;

namespace Jsl.Tests.Builtins.Blobs;

public sealed class BinaryNumberFormatTests
{
    [Theory]
    [InlineData("int", 1, "big", "FF", -1.0)]
    [InlineData("uint", 1, "big", "FF", 255.0)]
    [InlineData("int", 2, "big", "FFFE", -2.0)]
    [InlineData("int", 2, "little", "FEFF", -2.0)]
    [InlineData("uint", 2, "little", "0100", 1.0)]
    [InlineData("int", 4, "big", "80000000", -2147483648.0)]
    [InlineData("uint", 4, "big", "FFFFFFFF", 4294967295.0)]
    [InlineData("int", 8, "little", "0100000000000000", 1.0)]
    [InlineData("uint", 8, "big", "0000000100000000", 4294967296.0)]
    [InlineData("float", 4, "big", "3FC00000", 1.5)]
    [InlineData("float", 8, "little", "000000000000F83F", 1.5)]
    public void Reads_and_writes_each_layout(string type, int size, string endian, string hex, double value)
    {
        var format = BinaryNumberFormat.TryCreate(type, size, endian, out var error);
        Assert.Null(error);
        Assert.Equal(value, format!.Value.Read(Convert.FromHexString(hex)));
        var written = new byte[size];
        Assert.True(format.Value.TryWrite(value, written));
        Assert.Equal(hex, Convert.ToHexString(written));
    }

    [Fact]
    public void Native_order_is_the_machine_order()
    {
        var format = BinaryNumberFormat.TryCreate("int", 2, "native", out _)!.Value;
        Assert.Equal(!BitConverter.IsLittleEndian, format.BigEndian);
    }

    [Theory]
    [InlineData("int", 1, 128.0)]
    [InlineData("int", 1, -129.0)]
    [InlineData("uint", 1, 256.0)]
    [InlineData("uint", 4, -1.0)]
    [InlineData("int", 4, 2147483648.0)]
    [InlineData("int", 2, double.NaN)]
    [InlineData("uint", 8, double.PositiveInfinity)]
    public void Integers_out_of_range_are_refused(string type, int size, double value)
    {
        var format = BinaryNumberFormat.TryCreate(type, size, "big", out _)!.Value;
        Assert.False(format.TryWrite(value, new byte[size]));
    }

    [Theory]
    [InlineData(-1.9, "FF")]
    [InlineData(2.9, "02")]
    [InlineData(127.5, "7F")]
    public void Integers_truncate_toward_zero(double value, string hex)
    {
        var format = BinaryNumberFormat.TryCreate("int", 1, "big", out _)!.Value;
        var written = new byte[1];
        Assert.True(format.TryWrite(value, written));
        Assert.Equal(hex, Convert.ToHexString(written));
    }

    [Theory]
    [InlineData("double", 8, "big")]
    [InlineData("int", 3, "big")]
    [InlineData("float", 2, "big")]
    [InlineData("float", 1, "little")]
    [InlineData("int", 1.5, "big")]
    [InlineData("int", 2, "middle")]
    public void Invalid_layouts_are_explained(string type, double size, string endian)
    {
        Assert.Null(BinaryNumberFormat.TryCreate(type, size, endian, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
