using Jsl.Builtins.Json;
using Jsl.Runtime.Values;
using Xunit;

namespace Jsl.Tests.Builtins.Json;

public sealed class JsonReaderTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-7", -7)]
    [InlineData("1e3", 1000)]
    [InlineData("2.5E-1", 0.25)]
    [InlineData(" 12 ", 12)]
    public void Numbers_read_as_numbers(string text, double expected) =>
        Assert.Equal(expected, Assert.IsType<NumberValue>(JsonReader.Read(text)).Value);

    [Theory]
    [InlineData("\"a\\nb\"", "a\nb")]
    [InlineData("\"q\\\"q\"", "q\"q")]
    [InlineData("\"\\u0041\\/\\\\\"", "A/\\")]
    [InlineData("\"\\b\\f\\r\\t\"", "\b\f\r\t")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"caf\u00e9\"", "caf\u00e9")]
    public void String_escapes_are_decoded(string text, string expected) =>
        Assert.Equal(expected, Assert.IsType<StringValue>(JsonReader.Read(text)).Value);

    [Fact]
    public void Keywords_are_the_literal_singletons()
    {
        var list = Assert.IsType<ListValue>(JsonReader.Read("[true, false, null]"));
        Assert.Same(JsonLiteralValue.True, list.Items[0]);
        Assert.Same(JsonLiteralValue.False, list.Items[1]);
        Assert.Same(JsonLiteralValue.Null, list.Items[2]);
    }

    [Fact]
    public void Objects_become_associative_arrays_with_the_last_duplicate_winning()
    {
        var array = Assert.IsType<AssociativeArrayValue>(JsonReader.Read("{\"b\": 1, \"a\": {}, \"b\": 2}"));
        Assert.Equal(2, array.Count);
        Assert.Equal(2, Assert.IsType<NumberValue>(array.Entries[new StringValue("b")]).Value);
        Assert.IsType<AssociativeArrayValue>(array.Entries[new StringValue("a")]);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped() => Assert.IsType<ListValue>(JsonReader.Read("\uFEFF[]"));

    [Theory]
    [InlineData("", 0)]
    [InlineData("[1, 2", 5)]
    [InlineData("[1,]", 3)]
    [InlineData("{\"a\" 1}", 5)]
    [InlineData("{a: 1}", 1)]
    [InlineData("[01]", 2)]
    [InlineData("[1.]", 1)]
    [InlineData("[-]", 1)]
    [InlineData("\"a\\x\"", 2)]
    [InlineData("\"\\u12\"", 1)]
    [InlineData("\"tab\there\"", 4)]
    [InlineData("tru", 0)]
    [InlineData("[1] 2", 4)]
    [InlineData("\"open", 5)]
    public void Invalid_text_fails_with_its_offset(string text, int offset)
    {
        var e = Assert.Throws<JsonFormatException>(() => JsonReader.Read(text));
        Assert.Equal(offset, e.Offset);
    }

    [Fact]
    public void Deep_nesting_fails_instead_of_overflowing_the_stack()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);
        Assert.Throws<JsonFormatException>(() => JsonReader.Read(text));
    }
}
