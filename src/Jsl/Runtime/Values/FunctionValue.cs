using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Values;

/// <summary>A user function made by <c>Function({params}, {locals}, body)</c>.</summary>
internal sealed class FunctionValue(CallNode definition, Symbol[] parameters, Node?[] defaults, Symbol[] locals, Node?[] localInitialisers, bool defaultLocal, Node body, NamespaceValue home) : Value
{
    /// <summary>The <c>Function(...)</c> call it was made from (for printing).</summary>
    public CallNode Definition { get; } = definition;

    /// <summary>Parameter names in order.</summary>
    public Symbol[] Parameters { get; } = parameters;

    /// <summary>Default-value expressions, parallel to <see cref="Parameters"/> (null: required).</summary>
    public Node?[] Defaults { get; } = defaults;

    /// <summary>Declared local names.</summary>
    public Symbol[] Locals { get; } = locals;

    /// <summary>Initial-value expressions of the locals (null: starts empty).</summary>
    public Node?[] LocalInitialisers { get; } = localInitialisers;

    /// <summary>True for <c>{Default Local}</c>: every unscoped name assigned in the body is local.</summary>
    public bool DefaultLocal { get; } = defaultLocal;

    /// <summary>The body expression.</summary>
    public Node Body { get; } = body;

    /// <summary>What a prepared call runs for <see cref="Body"/>, made on its first call (<see cref="Evaluation.Interpreter.BodyOf"/>).</summary>
    internal Evaluation.Executable? PreparedBody;

    /// <summary>The namespace the function was defined in; its unscoped names resolve there.</summary>
    public NamespaceValue Home { get; } = home;

    /// <summary>How many arguments a call must give: up to the last parameter without a default.</summary>
    internal int RequiredCount { get; } = Array.FindLastIndex(defaults, d => d is null) + 1;

    /// <summary>True when no name is both a parameter and a local, or given twice: a new frame can then add them without searching.</summary>
    internal bool HasDistinctNames { get; } = parameters.Concat(locals).Distinct().Count() == parameters.Length + locals.Length;

    /// <summary>For a method (<c>Method(...)</c> in <c>Define Class</c>): the class that defined it, whose bases <c>super</c> searches; null for a plain function.</summary>
    public Classes.ClassDefinition? OwnerClass { get; internal set; }

    /// <summary>
    /// True for the copy <c>Add Custom Functions</c> publishes: like a built-in, its bare name runs
    /// it with no arguments (<see cref="AsCustomFunction"/>).
    /// </summary>
    internal bool RunsWhenNamed { get; private init; }

    /// <summary>
    /// The function as a published custom function. Decision: custom functions act as built-ins,
    /// so their bare name calls them: jsl-hamcrest's expression matcher evaluates the name
    /// <c>ut wild</c> (written bare in <c>Expr( add success( ut wild, ... ) )</c>) to get a matcher.
    /// A copy, so that variables holding the function itself keep giving the function.
    /// </summary>
    internal FunctionValue AsCustomFunction() =>
        new(Definition, Parameters, Defaults, Locals, LocalInitialisers, DefaultLocal, Body, Home) { OwnerClass = OwnerClass, RunsWhenNamed = true };

    /// <inheritdoc/>
    public override string TypeName => "Function";
}
