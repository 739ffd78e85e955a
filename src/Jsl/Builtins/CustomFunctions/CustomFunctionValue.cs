using Jsl.Runtime.Values;

namespace Jsl.Builtins.CustomFunctions;

/// <summary>
/// What <c>New Custom Function(namespace, name, Function(...))</c> makes: a function with a
/// namespace, a name and its help (description, prototype, examples, parameters, categories),
/// published by <c>Add Custom Functions</c>. The help is set and read with the messages of
/// <see cref="CustomFunctionMessages"/>; jsl has no Scripting Index window to show it in.
/// </summary>
internal sealed class CustomFunctionValue(string ns, string name, FunctionValue function) : ObjectValue
{
    /// <summary>The namespace the function is called through (<c>custom</c> in <c>custom:Add(1, 2)</c>).</summary>
    public string Namespace { get; } = ns;

    /// <summary>The function's name inside its namespace.</summary>
    public string Name { get; } = name;

    /// <summary>The JSL function that runs.</summary>
    public FunctionValue Function { get; } = function;

    /// <summary>The full name, <c>namespace:name</c>, as <c>Remove Custom Functions</c> takes it.</summary>
    public string FullName => $"{Namespace}:{Name}";

    /// <summary>The <c>&lt;&lt; Description</c> text; empty until set.</summary>
    public string Description { get; set; } = "";

    /// <summary>The <c>&lt;&lt; Prototype</c> text; empty until set.</summary>
    public string Prototype { get; set; } = "";

    /// <summary>The examples' code as text, in the order given (each <c>&lt;&lt; Example</c> adds one).</summary>
    public List<string> Examples { get; } = [];

    /// <summary>The examples' names, parallel to <see cref="Examples"/> (empty for an unnamed one).</summary>
    public List<string> ExampleNames { get; } = [];

    /// <summary>Each <c>&lt;&lt; Parameter(type, hint)</c> as the list <c>{type, hint}</c>.</summary>
    public List<Value> Parameters { get; } = [];

    /// <summary>The <c>&lt;&lt; Result Type</c> (a type name or a list of them); null until set.</summary>
    public Value? ResultType { get; set; }

    /// <summary>The <c>&lt;&lt; Scripting Index Category</c> (a name, "", 1 or 0); null until set.</summary>
    public Value? ScriptingIndexCategory { get; set; }

    /// <summary>The <c>&lt;&lt; Formula Category</c> (a name, "", 1 or 0); null until set.</summary>
    public Value? FormulaCategory { get; set; }

    /// <summary>The <c>&lt;&lt; Transform Category</c> flag.</summary>
    public bool TransformCategory { get; set; }

    /// <summary>The <c>&lt;&lt; Custom Format Category</c> flag.</summary>
    public bool CustomFormatCategory { get; set; }

    /// <summary>Decision: a custom function is a scriptable object, as JMP's Type() calls such objects.</summary>
    public override string TypeName => "Scriptable";

    /// <inheritdoc/>
    public override string DisplayText => $"Custom Function(\"{FullName}\")";
}
