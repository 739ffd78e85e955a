using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.CustomFunctions;

/// <summary>
/// The messages the Scripting Index lists for the Custom Function object: setters of its help
/// (<c>Description</c>, <c>Prototype</c>, <c>Example</c>, <c>Parameter</c>, <c>Result Type</c>, the
/// four categories) and their getters, plus <c>Get Name</c>, <c>Get Namespace</c> and <c>Get Function</c>.
/// </summary>
/// <remarks>
/// Decision: a setter answers the custom function itself, so messages chain and
/// <c>New Custom Function(..., &lt;&lt;Description(...))</c> keeps the object. A getter of help
/// never set answers what "not set" means for it: "" for texts, an empty list for examples and
/// parameters, 0 for the two flags, and Empty() for the result type and the two named categories.
/// </remarks>
internal static class CustomFunctionMessages
{
    private const string Help = "Setting help";
    private const string Reading = "Reading";

    /// <summary>The type names <c>Parameter</c> and <c>Result Type</c> accept (Scripting Index).</summary>
    private static readonly string[] TypeNames = ["Any", "Name", "Number", "String", "List", "Matrix", "RowState"];

    /// <summary>Adds the custom function's messages to the table.</summary>
    public static void Register(MessageTable table)
    {
        var receiver = table.Receiver<CustomFunctionValue>("Custom Function");
        receiver
            .Add(Help, "Description", static m => Set(m, f => f.Description = Text(m, m.EvaluatedArgs(1, 1)[0])))
            .Add(Help, "Prototype", static m => Set(m, f => f.Prototype = Text(m, m.EvaluatedArgs(1, 1)[0])))
            .Add(Help, "Example", static m =>
            {
                var args = m.EvaluatedArgs(1, 2);
                // An example given as Expr(code) is kept as its code's text, so Get Examples gives strings.
                var code = args[0] is StringValue text ? text.Value : ValueFormatter.ToCode(args[0]);
                var name = args.Length > 1 ? Text(m, args[1]) : "";
                return Set(m, f =>
                {
                    f.Examples.Add(code);
                    f.ExampleNames.Add(name);
                });
            })
            .Add(Help, "Parameter", static m =>
            {
                var args = m.EvaluatedArgs(1, 2);
                var type = Types(m, args[0]);
                var hint = args.Length > 1 ? Text(m, args[1]) : "";
                return Set(m, f => f.Parameters.Add(new ListValue([type, new StringValue(hint)])));
            })
            .Add(Help, "Result Type", static m => Set(m, f => f.ResultType = Types(m, m.EvaluatedArgs(1, 1)[0])))
            .Add(Help, "Scripting Index Category", static m => Set(m, f => f.ScriptingIndexCategory = Category(m)))
            .Add(Help, "Formula Category", static m => Set(m, f => f.FormulaCategory = Category(m)))
            .Add(Help, "Transform Category", static m => Set(m, f => f.TransformCategory = Flag(m)))
            .Add(Help, "Custom Format Category", static m => Set(m, f => f.CustomFormatCategory = Flag(m)))
            .Add(Reading, "Get Name", static m => new StringValue(Read(m).Name))
            .Add(Reading, "Get Namespace", static m => new StringValue(Read(m).Namespace))
            .Add(Reading, "Get Function", static m => Read(m).Function)
            .Add(Reading, "Get Description", static m => new StringValue(Read(m).Description))
            .Add(Reading, "Get Prototype", static m => new StringValue(Read(m).Prototype))
            .Add(Reading, "Get Examples", static m => new ListValue(Read(m).Examples.Select(e => (Value)new StringValue(e)).ToList()))
            .Add(Reading, "Get Parameters", static m => new ListValue(Read(m).Parameters.Select(p => p.CopyForAssignment()).ToList()))
            .Add(Reading, "Get Result Type", static m => Read(m).ResultType?.CopyForAssignment() ?? EmptyValue.Instance)
            .Add(Reading, "Get Scripting Index Category", static m => Read(m).ScriptingIndexCategory?.CopyForAssignment() ?? EmptyValue.Instance)
            .Add(Reading, "Get Formula Category", static m => Read(m).FormulaCategory?.CopyForAssignment() ?? EmptyValue.Instance)
            .Add(Reading, "Get Transform Category", static m => NumberValue.Of(Read(m).TransformCategory))
            .Add(Reading, "Get Custom Format Category", static m => NumberValue.Of(Read(m).CustomFormatCategory));
    }

    /// <summary>The receiver of a getter, which takes no arguments.</summary>
    private static CustomFunctionValue Read(MessageCall m)
    {
        m.RequireCount(0, 0);
        return (CustomFunctionValue)m.Receiver;
    }

    private static Value Set(MessageCall m, Action<CustomFunctionValue> change)
    {
        change((CustomFunctionValue)m.Receiver);
        return m.Receiver;
    }

    private static string Text(MessageCall m, Value value) =>
        value is StringValue s ? s.Value : throw m.Send.Error($"{m.Name} needs a string, not a {value.TypeName}");

    /// <summary>A category: a name, "" or a number (1 or 0), as the Index allows.</summary>
    private static Value Category(MessageCall m) => m.EvaluatedArgs(1, 1)[0] switch
    {
        StringValue s => s,
        NumberValue n => n,
        var other => throw m.Send.Error($"{m.Name} needs a category name, \"\", 1 or 0, not a {other.TypeName}"),
    };

    /// <summary>
    /// The on/off of <c>Transform Category</c> and <c>Custom Format Category</c>. Decision: besides 1 or 0
    /// (the object's own page), a category name turns the flag on and "" turns it off, because the
    /// Scripting Index's New Custom Function example writes <c>&lt;&lt;Custom Format Category( "Custom" )</c>;
    /// the getters keep answering 1 or 0.
    /// </summary>
    private static bool Flag(MessageCall m) => m.EvaluatedArgs(1, 1)[0] switch
    {
        NumberValue n => n.Value != 0 && !double.IsNaN(n.Value),
        StringValue s => s.Value.Length > 0,
        var other => throw m.Send.Error($"{m.Name} needs 1, 0 or a category name, not a {other.TypeName}"),
    };

    /// <summary>A type name or a list of them, each one of <see cref="TypeNames"/> (spelled as the Index spells it).</summary>
    private static Value Types(MessageCall m, Value value)
    {
        var names = value is ListValue list ? list.Items : [value];
        if (names.Count == 0) throw m.Send.Error($"{m.Name} needs a type name");
        var spelled = new List<Value>(names.Count);
        foreach (var item in names)
        {
            var known = item is StringValue s ? Array.Find(TypeNames, t => string.Equals(t, s.Value.Replace(" ", ""), StringComparison.OrdinalIgnoreCase)) : null;
            spelled.Add(new StringValue(known ?? throw m.Send.Error($"{m.Name} needs a type name: {string.Join(", ", TypeNames)}")));
        }
        return value is ListValue ? new ListValue(spelled) : spelled[0];
    }
}
