using Jsl.Runtime.Output;
using Jsl.Runtime.Values;

namespace Jsl.Tests.Runtime.Values;

/// <summary>
/// The open-addressing table under associative arrays: random inserts, overwrites and removals
/// checked step by step against .NET's dictionary, and a million keys through a script, bounded
/// in time by the engine's cancellation token (a table whose probing degenerated would be stopped).
/// </summary>
public sealed class AssociativeArrayTableTests
{
    /// <summary>A key in the model: its kind and value, the table's key made from it on demand.</summary>
    private static object TableKey((bool text, int n) key) => key.text ? "k" + key.n : NumberValue.Of(key.n);

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 400)]
    [InlineData(3, 5000)]
    public void Random_changes_leave_the_same_entries_as_a_dictionary(int seed, int keySpace)
    {
        var random = new Random(seed);
        var table = new AssociativeArrayTable();
        var model = new Dictionary<(bool, int), int>();
        for (var step = 0; step < 60_000; step++)
        {
            var key = (random.Next(2) == 0, random.Next(keySpace));
            // Removals a little rarer than inserts: the table grows, with runs of slots emptied and refilled.
            if (random.Next(5) < 2)
            {
                Assert.Equal(model.Remove(key), table.Remove(TableKey(key)));
            }
            else
            {
                ref var slot = ref table.GetValueRefOrAddDefault(TableKey(key), out var existed);
                Assert.Equal(model.ContainsKey(key), existed);
                slot = NumberValue.Of(step);
                model[key] = step;
            }
            var probe = (random.Next(2) == 0, random.Next(keySpace));
            var found = table.TryGetValue(TableKey(probe), out var value);
            Assert.Equal(model.TryGetValue(probe, out var expected), found);
            if (found) Assert.Equal(expected, ((NumberValue)value!).Value);
            Assert.Equal(model.Count, table.Count);
        }
        AssertSameKeys(model, table);
    }

    private static void AssertSameKeys(Dictionary<(bool, int), int> model, AssociativeArrayTable table)
    {
        var texts = new string[table.TextCount];
        var others = new Value[table.Count - table.TextCount];
        table.CopyKeys(texts, others);
        var expectedTexts = model.Keys.Where(k => k.Item1).Select(k => "k" + k.Item2).Order(StringComparer.Ordinal);
        var expectedNumbers = model.Keys.Where(k => !k.Item1).Select(k => (double)k.Item2).Order();
        Assert.Equal(expectedTexts, texts.Order(StringComparer.Ordinal));
        Assert.Equal(expectedNumbers, others.Select(v => ((NumberValue)v).Value).Order());
    }

    [Fact]
    public void A_clone_has_the_same_entries_and_changes_apart()
    {
        var table = new AssociativeArrayTable();
        for (var i = 0; i < 1000; i++) table.GetValueRefOrAddDefault("k" + i, out _) = NumberValue.Of(i);
        var copy = table.Clone(static value => value);
        for (var i = 0; i < 1000; i += 2) Assert.True(copy.Remove("k" + i));
        Assert.Equal(1000, table.Count);
        Assert.Equal(500, copy.Count);
        Assert.True(table.TryGetValue("k998", out var kept) && ((NumberValue)kept).Value == 998);
        Assert.False(copy.TryGetValue("k998", out _));
        Assert.True(copy.TryGetValue("k999", out var odd) && ((NumberValue)odd).Value == 999);
    }

    [Theory]
    [InlineData("aa[\"k\" || Char( i )] = i", "aa[\"k\" || Char( i )]", "aa << Remove( \"k\" || Char( i ) )", "aa[\"k1000000\"]")]
    [InlineData("aa[i] = i", "aa[i]", "aa << Remove( i )", "aa[1000000]")]
    public void A_million_keys_are_added_found_and_removed_in_bounded_time(string set, string get, string remove, string last)
    {
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
        // Generous on a loaded 2-core machine in a Debug build; a degenerate table would need hours.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(240));
        engine.Cancellation = deadline.Token;
        var script = $$"""
            aa = Associative Array();
            For( i = 1, i <= 1000000, i++, {{set}} );
            total = 0;
            For( i = 1, i <= 1000000, i++, total += {{get}} );
            For( i = 1, i <= 1000000, i += 2, {{remove}} );
            Eval List( {N Items( aa ), total, {{last}}} )
            """;
        Assert.Equal("{500000, 500000500000, 1000000}", Engine.Format(engine.EvaluateValue(script)));
    }
}
