using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.CustomFunctions;

/// <summary>
/// What <c>New Custom Function(namespace, name, Function(...))</c> makes: a function with a
/// namespace, a name and help text, published by <c>Add Custom Functions</c>. The help messages
/// (<c>&lt;&lt; Description</c>, <c>&lt;&lt; Prototype</c>, <c>&lt;&lt; Example</c>, ...) are kept
/// as text: jsl has no Scripting Index window to show them in.
/// </summary>
internal sealed class CustomFunctionValue(string ns, string name, FunctionValue function) : ObjectValue
{
    /// <summary>The messages that set help text, each kept under its own name.</summary>
    private static readonly string[] HelpMessages =
    [
        "Description", "Prototype", "Example", "Scripting Index Category", "Formula Category",
        "Transform Category", "Custom Format Category", "Parameter",
    ];

    /// <summary>The namespace the function is called through (<c>custom</c> in <c>custom:Add(1, 2)</c>).</summary>
    public string Namespace { get; } = ns;

    /// <summary>The function's name inside its namespace.</summary>
    public string Name { get; } = name;

    /// <summary>The JSL function that runs.</summary>
    public FunctionValue Function { get; } = function;

    /// <summary>The full name, <c>namespace:name</c>, as <c>Remove Custom Functions</c> takes it.</summary>
    public string FullName => $"{Namespace}:{Name}";

    /// <summary>Help text by message name (several <c>Example</c> messages add up).</summary>
    public Dictionary<string, List<string>> Help { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Decision: a custom function is a scriptable object, as JMP's Type() calls such objects.</summary>
    public override string TypeName => "Scriptable";

    /// <inheritdoc/>
    public override string DisplayText => $"Custom Function(\"{FullName}\")";

    /// <summary>Answers <c>&lt;&lt; Description(...)</c> and the other help messages, <c>&lt;&lt; Get Name</c>, <c>&lt;&lt; Get Namespace</c>.</summary>
    public Value Send(CallContext context, Node message)
    {
        var (head, args) = message switch
        {
            CallNode call => (call.HeadText, call.Args),
            NameNode n => (n.Text, (IReadOnlyList<Node>)[]),
            _ => throw context.Error("a custom function takes messages such as << Description(\"...\")"),
        };
        var key = Symbol.Intern(head);
        var known = Array.Find(HelpMessages, m => ReferenceEquals(Symbol.Intern(m), key));
        if (known is null)
        {
            if (ReferenceEquals(key, Symbol.Intern("Get Name"))) return new StringValue(Name);
            if (ReferenceEquals(key, Symbol.Intern("Get Namespace"))) return new StringValue(Namespace);
            throw context.Error($"custom function {FullName} does not understand << {head}");
        }
        if (!Help.TryGetValue(known, out var texts)) Help[known] = texts = [];
        foreach (var arg in args) texts.Add(Runtime.Formatting.ValueFormatter.ToText(context.Eval(arg)));
        return this;
    }
}
