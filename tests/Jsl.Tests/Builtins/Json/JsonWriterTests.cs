using Jsl.Builtins.Json;
using Jsl.Runtime.Values;
using Xunit;

namespace Jsl.Tests.Builtins.Json;

public sealed class JsonWriterTests
{
    private static string Write(Value value) => JsonWriter.Write(value, out var error) ?? throw new InvalidOperationException(error);

    [Fact]
    public void Numbers_are_plain_and_missing_is_null()
    {
        Assert.Equal("[1,-0.5,null,null,12345678901]", Write(new ListValue([NumberValue.Of(1), NumberValue.Of(-0.5), NumberValue.Missing, NumberValue.Of(double.PositiveInfinity), NumberValue.Of(12345678901)])));
    }

    [Fact]
    public void Strings_escape_quotes_backslashes_and_controls() =>
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0001é\"", Write(new StringValue("a\"b\\c\n\u0001é")));

    [Fact]
    public void Associative_arrays_are_objects_in_key_order()
    {
        var array = new AssociativeArrayValue();
        array.Entries[new StringValue("z")] = JsonLiteralValue.True;
        array.Entries[NumberValue.Of(1)] = new ListValue();
        Assert.Equal("{\"1\":[],\"z\":true}", Write(array));
    }

    [Fact]
    public void Matrices_are_flat_for_vectors_and_nested_otherwise()
    {
        Assert.Equal("[1,2,3]", Write(new MatrixValue(3, 1, [1, 2, 3])));
        Assert.Equal("[[1,2],[3,4]]", Write(new MatrixValue(2, 2, [1, 2, 3, 4])));
    }

    [Fact]
    public void Blobs_have_no_json_form()
    {
        Assert.Null(JsonWriter.Write(new BlobValue([1]), out var error));
        Assert.Contains("Blob", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,\"two\",[3,{}],true,false,null]")]
    [InlineData("{\"a\":{\"b\":[0.25,-7]},\"c\":\"\\t\"}")]
    public void Reading_then_writing_gives_the_text_back(string text) => Assert.Equal(text, Write(JsonReader.Read(text)));
}
