using Jsl.Builtins.Numeric;

namespace Jsl.Tests.Builtins.Numeric;

public sealed class NumericRoundingTests
{
    [Theory]
    [InlineData(2.5, 0, 3)]
    [InlineData(-2.5, 0, -3)]
    [InlineData(1.005, 2, 1.01)]
    [InlineData(3.14159, 2, 3.14)]
    [InlineData(213, -1, 210)]
    [InlineData(250, -2, 300)]
    [InlineData(1e20, 2, 1e20)]
    public void Round_goes_half_away_from_zero_on_the_written_decimal(double x, int places, double expected) =>
        Assert.Equal(expected, NumericBuiltins.RoundTo(x, places));

    [Fact]
    public void Round_keeps_missing() => Assert.True(double.IsNaN(NumericBuiltins.RoundTo(double.NaN, 2)));

    [Theory]
    [InlineData(10, 3, 1)]
    [InlineData(-7, 3, -1)]
    [InlineData(7, -3, 1)]
    [InlineData(7.5, 2, 1.5)]
    public void Modulo_takes_the_sign_of_x(double x, double y, double expected) =>
        Assert.Equal(expected, NumericBuiltins.Modulo(x, y));

    [Fact]
    public void Modulo_by_zero_is_missing() => Assert.True(double.IsNaN(NumericBuiltins.Modulo(1, 0)));

    [Fact]
    public void Statistics_skip_missing_values()
    {
        double[] values = [1, double.NaN, 3];
        Assert.Equal(4, Statistics.Sum(values));
        Assert.Equal(2, Statistics.Mean(values));
        Assert.Equal(3, Statistics.Max(values));
        Assert.Equal(1, Statistics.Min(values));
        Assert.True(double.IsNaN(Statistics.Mean([double.NaN])));
        Assert.Equal(0, Statistics.Sum([]));
    }
}
