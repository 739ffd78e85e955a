using Jsl.Builtins.Collections;
using Jsl.Runtime.Values;

namespace Jsl.Tests.Builtins.Collections;

public sealed class ListEditingTests
{
    private static List<Value> Numbers(params double[] values) => [.. values.Select(v => (Value)NumberValue.Of(v))];

    private static double[] AsNumbers(List<Value> items) => [.. items.Select(v => ((NumberValue)v).Value)];

    [Theory]
    [InlineData(2, new double[] { 3, 4, 5, 1, 2 })]
    [InlineData(-2, new double[] { 4, 5, 1, 2, 3 })]
    [InlineData(7, new double[] { 3, 4, 5, 1, 2 })]
    [InlineData(0, new double[] { 1, 2, 3, 4, 5 })]
    public void Shift_moves_items_round(double n, double[] expected)
    {
        var items = Numbers(1, 2, 3, 4, 5);
        ListEditing.Shift(default, items, n);
        Assert.Equal(expected, AsNumbers(items));
    }

    [Fact]
    public void Sort_puts_missing_then_numbers_then_strings()
    {
        List<Value> items = [new StringValue("b"), NumberValue.Of(3), new StringValue("A"), NumberValue.Missing, NumberValue.Of(1)];
        ListEditing.Sort(items);
        Assert.Equal([".", "1", "3", "A", "b"], items.Select(Jsl.Runtime.Formatting.ValueFormatter.ToText));
    }

    [Fact]
    public void Sort_descending_reverses_the_order()
    {
        var items = Numbers(2, 9, 4);
        ListEditing.Sort(items, descending: true);
        Assert.Equal([9, 4, 2], AsNumbers(items));
    }
}
