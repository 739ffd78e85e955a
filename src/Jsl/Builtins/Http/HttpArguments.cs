using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Http;

/// <summary>
/// The arguments of one request setting, written either inside <c>New HTTP Request(...)</c> /
/// <c>&lt;&lt; Reset(...)</c> (<c>URL("...")</c>) or as a message (<c>request &lt;&lt; URL("...")</c>):
/// evaluated in the writer's scope, with errors at the call JMP would mark and naming the setting.
/// </summary>
internal readonly struct HttpArguments(CallContext call, Func<string, JslRuntimeError> error, string name)
{
    /// <summary>The setting's call (its arguments unevaluated).</summary>
    public CallContext Call { get; } = call;

    /// <summary>The setting's name as the table spells it.</summary>
    public string Name { get; } = name;

    /// <summary>Number of arguments written.</summary>
    public int Count => Call.Count;

    /// <summary>An error naming the setting.</summary>
    public JslRuntimeError Error(string message) => error($"{Name}: {message}");

    /// <summary>Requires <paramref name="min"/> to <paramref name="max"/> arguments.</summary>
    public void Require(int min, int max)
    {
        if (Count < min) throw Error(min == 1 ? "needs an argument" : $"needs {min} arguments");
        if (Count > max) throw Error("too many arguments");
    }

    /// <summary>Argument <paramref name="index"/>, evaluated.</summary>
    public Value Value(int index) => Call.Eval(index);

    /// <summary>Argument <paramref name="index"/> as a string (a number is taken as its text).</summary>
    public string Text(int index) => Value(index) switch
    {
        StringValue s => s.Value,
        var other => throw Error($"needs a string, not {Describe(other)}"),
    };

    /// <summary>Argument <paramref name="index"/> as a number.</summary>
    public double Number(int index) => Value(index) is NumberValue { IsMissing: false } n ? n.Value : throw Error("needs a number");

    /// <summary>
    /// Argument <paramref name="index"/> as a switch: a number (0 is off), or the Index's
    /// <c>"true"</c> / <c>"false"</c> strings. Decision: <c>"prompt"</c>, which asks the user in
    /// JMP, counts as on, as there is no one to ask.
    /// </summary>
    public bool Switch(int index) => Value(index) switch
    {
        NumberValue n => n.Value != 0 && !n.IsMissing,
        StringValue s when s.Value.Trim().ToLowerInvariant() is "true" or "1" or "prompt" or "yes" => true,
        StringValue s when s.Value.Trim().ToLowerInvariant() is "false" or "0" or "no" => false,
        var other => throw Error($"needs 1, 0, \"true\" or \"false\", not {Describe(other)}"),
    };

    /// <summary>A named call written among the arguments (<c>Fields(...)</c> in <c>Form(...)</c>), or null.</summary>
    public CallNode? Nested(int index) => Call.ArgNode(index) is CallNode { Qualifier: null } nested ? nested : null;

    /// <summary>The arguments of a nested call, as settings arguments of their own.</summary>
    public HttpArguments Inner(CallNode nested) => new(new CallContext(Call.Interpreter, nested, Call.Scope), error, $"{Name} {nested.HeadText}");

    /// <summary>Pairs of strings from an associative array (<c>[["key" => "value"]]</c>); numbers are written as JSL prints them.</summary>
    public List<KeyValuePair<string, string>> Pairs(Value value)
    {
        if (value is not AssociativeArrayValue array) throw Error($"needs an associative array of strings, not {Describe(value)}");
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (key, item) in array.Entries) pairs.Add(new(Plain(key), Plain(item)));
        return pairs;
    }

    private string Plain(Value value) => value switch
    {
        StringValue s => s.Value,
        NumberValue => Runtime.Formatting.ValueFormatter.ToPrintText(value),
        _ => throw Error($"keys and values must be strings, not {Describe(value)}"),
    };

    /// <summary>How a wrong value is named in errors.</summary>
    public static string Describe(Value value) => value is EmptyValue ? "Empty()" : $"a {value.TypeName}";
}
