using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl;

/// <summary>
/// A JSL value as a host sees it: immutable, and detached from the engine that made it. What a
/// script returns or a variable holds is copied when it leaves the engine, and a host's value is
/// copied again when it goes in, so neither side can change the other's value later.
/// </summary>
/// <remarks>
/// Decision: a small model of our own (empty, number, string, list, associative array, and
/// "other" for the rest) instead of the interpreter's value classes, so that the engine's
/// internals can change without breaking hosts; values the model does not open (a matrix, an
/// expression, a function) still travel through it unchanged. Decision: no conversion to
/// <c>object</c>: the typed accessors say what a host may expect and need no reflection.
/// </remarks>
public sealed class JslValue
{
    private JslValue(Value value) => Inner = value;

    /// <summary>The interpreter's value, owned by this object alone (never handed to a script without a copy).</summary>
    internal Value Inner { get; }

    /// <summary><c>Empty()</c>.</summary>
    public static JslValue Empty { get; } = new(EmptyValue.Instance);

    /// <summary>A number.</summary>
    public static JslValue FromNumber(double value) => new(NumberValue.Of(value));

    /// <summary>A string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static JslValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(new StringValue(value));
    }

    /// <summary>A list of <paramref name="items"/>, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of them is null.</exception>
    public static JslValue FromList(IEnumerable<JslValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new List<Value>();
        foreach (var item in items) list.Add((item ?? throw new ArgumentNullException(nameof(items), "A list item is null.")).Inner);
        return new(new ListValue(list));
    }

    /// <summary>An associative array of <paramref name="entries"/>; a key given twice keeps its last value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, a key or a value is null.</exception>
    public static JslValue FromAssociativeArray(IEnumerable<KeyValuePair<JslValue, JslValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var array = new AssociativeArrayValue();
        foreach (var (key, value) in entries)
        {
            if (key is null || value is null) throw new ArgumentNullException(nameof(entries), "An associative array key or value is null.");
            array.Entries[key.Inner] = value.Inner;
        }
        return new(array);
    }

    /// <summary>A number.</summary>
    public static implicit operator JslValue(double value) => FromNumber(value);

    /// <summary>A string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static implicit operator JslValue(string value) => FromString(value);

    /// <summary>Which kind of value this is.</summary>
    public JslValueKind Kind => Inner switch
    {
        EmptyValue => JslValueKind.Empty,
        NumberValue => JslValueKind.Number,
        StringValue => JslValueKind.String,
        ListValue => JslValueKind.List,
        AssociativeArrayValue => JslValueKind.AssociativeArray,
        _ => JslValueKind.Other,
    };

    /// <summary>The name JSL's <c>Type()</c> gives this value (<c>"Number"</c>, <c>"List"</c>, <c>"Matrix"</c>, ...).</summary>
    public string TypeName => Inner.TypeName;

    /// <summary>True for <c>Empty()</c>.</summary>
    public bool IsEmpty => Inner is EmptyValue;

    /// <summary>The number (NaN when missing).</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public double AsNumber() => Inner is NumberValue n ? n.Value : throw NotA(JslValueKind.Number);

    /// <summary>The string.</summary>
    /// <exception cref="InvalidOperationException">The value is not a string.</exception>
    public string AsString() => Inner is StringValue s ? s.Value : throw NotA(JslValueKind.String);

    /// <summary>The items of the list, in order.</summary>
    /// <exception cref="InvalidOperationException">The value is not a list.</exception>
    public IReadOnlyList<JslValue> AsList() =>
        Inner is ListValue list ? [.. list.Items.Select(static item => new JslValue(item))] : throw NotA(JslValueKind.List);

    /// <summary>The entries of the associative array, in JSL's order of keys (numbers, then strings, then others).</summary>
    /// <exception cref="InvalidOperationException">The value is not an associative array.</exception>
    public IReadOnlyList<KeyValuePair<JslValue, JslValue>> AsAssociativeArray() =>
        Inner is AssociativeArrayValue array
            ? [.. array.Entries.Select(static e => new KeyValuePair<JslValue, JslValue>(new JslValue(e.Key), new JslValue(e.Value)))]
            : throw NotA(JslValueKind.AssociativeArray);

    /// <summary>The text the value prints as in JMP's log (<c>Print</c>'s form: <c>3</c>, <c>"a"</c>, <c>{1, "a"}</c>).</summary>
    public override string ToString() => ValueFormatter.ToPrintText(Inner);

    /// <summary>
    /// A value leaving the engine: a copy that shares nothing mutable with the script. Inside a
    /// built-in call (a host function's arguments) a value too deep to copy throws
    /// <see cref="InsufficientExecutionStackException"/>, which the call reports at its position.
    /// </summary>
    internal static JslValue FromEngine(Value value) => new(ValueSnapshot.Copy(value));

    /// <summary>
    /// <see cref="FromEngine"/> for a value a run has ended with (or a global read after it), where
    /// no call can place the error: a value too deep to copy (an associative array that holds
    /// itself as a key, whose keys' order is their printed form, which never ends; or nesting
    /// past the stack) is the depth error with no position.
    /// </summary>
    /// <exception cref="JslScriptException">The value is too deep to copy.</exception>
    internal static JslValue ResultFromEngine(Value value, string fileName)
    {
        try
        {
            return FromEngine(value);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new JslScriptException([JslDiagnostic.Unplaced(fileName, Runtime.Errors.DepthGuard.Message + " in the value the script gave", JslDiagnosticKind.Limit)]);
        }
    }

    /// <summary>This value entering the engine: a copy the script may change without touching this one.</summary>
    internal Value ToEngine() => ValueSnapshot.Copy(Inner);

    private InvalidOperationException NotA(JslValueKind wanted) => new($"The value is a {Kind}, not a {wanted}.");
}
