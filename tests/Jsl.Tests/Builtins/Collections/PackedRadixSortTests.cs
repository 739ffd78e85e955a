using Jsl.Builtins.Collections;
using Jsl.Runtime.Values;

namespace Jsl.Tests.Builtins.Collections;

public sealed class PackedRadixSortTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 1000)]
    [InlineData(32, 3)]
    [InlineData(33, 3)]
    [InlineData(1000, 7)]
    [InlineData(5000, int.MaxValue)]
    public void Orders_as_a_full_unsigned_sort_of_the_packed_numbers(int count, int spread)
    {
        var random = new Random(count * 31 + spread % 1000);
        var items = new long[count];
        for (var i = 0; i < count; i++)
        {
            var key = (uint)random.Next(-spread, spread) ^ 0x80000000u;
            if (i % 17 == 0) key = i % 2 == 0 ? 0u : uint.MaxValue;
            items[i] = ((long)key << 32) | (uint)i;
        }
        var expected = items.Select(static x => (ulong)x).Order().Select(static x => (long)x).ToArray();
        PackedRadixSort.Sort(items);
        Assert.Equal(expected, items);
    }

    [Fact]
    public void Sort_List_of_whole_numbers_is_stable_for_dates_and_numbers_of_one_value()
    {
        var items = new List<Value>();
        for (var i = 0; i < 500; i++)
        {
            var v = (i * 7919 % 13) - 6;
            items.Add(i % 2 == 0 ? NumberValue.Of(v) : NumberValue.Date(v));
        }
        var expected = items.Select((v, i) => (v, i)).OrderBy(static p => ((NumberValue)p.v).Value).ThenBy(static p => p.i).Select(static p => p.v).ToList();
        var descending = items.Select((v, i) => (v, i)).OrderByDescending(static p => ((NumberValue)p.v).Value).ThenBy(static p => p.i).Select(static p => p.v).ToList();
        var up = new List<Value>(items);
        ListEditing.Sort(up);
        var down = new List<Value>(items);
        ListEditing.Sort(down, descending: true);
        Assert.Equal(expected, up);
        Assert.Equal(descending, down);
    }
}
