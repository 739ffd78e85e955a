using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Json;

/// <summary>Registers the Json built-ins: <c>Parse JSON</c>, <c>JSON To List</c>, <c>JSON Literal</c>, <c>As JSON Expr</c>.</summary>
internal static class JsonBuiltins
{
    private const string Category = "JSON";

    /// <summary>Adds this category's functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        JsonLiteralValue.RegisterMessages(table.Messages);
        table.Add(Category, "Parse JSON", static c =>
        {
            return Parse(c, c.String(0));
        });
        table.Add(Category, "JSON To List", static c =>
        {
            return ToList(Parse(c, c.String(0)));
        });
        table.Add(Category, "JSON Literal", static c =>
        {
            // Written bare (JSON Literal( true )) or as a string (JSON Literal( "null" )).
            var word = c.SymbolArg(0) ?? (c.Eval(0) is StringValue s ? s.Value : null);
            return (word is null ? null : JsonLiteralValue.For(word))
                ?? throw c.Error("argument value is invalid: JSON Literal takes true, false or null");
        });
        table.Add(Category, "As JSON Expr", static c =>
        {
            var text = JsonWriter.Write(c.Eval(0), out var error);
            return text is null ? throw c.Error("argument value is invalid: " + error) : new StringValue(text);
        });
    }

    /// <summary>Parses JSON text for a built-in; invalid JSON is a JSL error at the call.</summary>
    public static Value Parse(CallContext c, string text)
    {
        try
        {
            return JsonReader.Read(text, c.Limits.MaxListLength, count => c.Limits.CheckList(count, c.Call));
        }
        catch (JsonFormatException e)
        {
            throw c.Error($"invalid JSON at offset {e.Offset}: {e.Message}");
        }
    }

    // Decision: JSON To List (the older converter) gives lists only: an object becomes a list of
    // {key, value} pairs in key order, so no associative arrays appear in its result.
    private static Value ToList(Value value) => value switch
    {
        AssociativeArrayValue array => new ListValue(array.Entries.Select(static e => (Value)new ListValue([e.Key, ToList(e.Value)]))),
        ListValue list => new ListValue(list.Items.Select(ToList)),
        _ => value,
    };
}
