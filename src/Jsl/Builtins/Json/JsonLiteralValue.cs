using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Json;

/// <summary>
/// JSON's <c>true</c>, <c>false</c> and <c>null</c> as <c>Parse JSON</c> returns them and
/// <c>JSON Literal</c> names them (language.md §3.7). Each is a single instance, so <c>==</c>
/// (which compares other values by identity) tells them apart, and <c>As JSON Expr</c> writes them
/// back unchanged.
/// Decision: they print as the call that makes them, <c>JSON Literal(true)</c>, so that
/// <c>Char</c> of a parsed structure parses back.
/// </summary>
internal sealed class JsonLiteralValue : ObjectValue
{
    /// <summary>JSON <c>true</c>.</summary>
    public static readonly JsonLiteralValue True = new("true");

    /// <summary>JSON <c>false</c>.</summary>
    public static readonly JsonLiteralValue False = new("false");

    /// <summary>JSON <c>null</c>.</summary>
    public static readonly JsonLiteralValue Null = new("null");

    private JsonLiteralValue(string keyword) => Keyword = keyword;

    /// <summary>The JSON keyword: <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    public string Keyword { get; }

    /// <inheritdoc/>
    public override string TypeName => "JSON Literal";

    /// <inheritdoc/>
    public override string DisplayText => $"JSON Literal({Keyword})";

    /// <summary>The literal for a keyword (case-insensitive), or null.</summary>
    public static JsonLiteralValue? For(string keyword) => keyword.Trim().ToLowerInvariant() switch
    {
        "true" => True,
        "false" => False,
        "null" => Null,
        _ => null,
    };

    /// <summary>Registers the literal as a receiver of no messages, so that sending one says so.</summary>
    public static void RegisterMessages(MessageTable table) =>
        table.Receiver<JsonLiteralValue>("JSON Literal").UnknownMessage =
            static m => m.Send.Error($"{((JsonLiteralValue)m.Receiver).DisplayText} does not understand messages");
}
