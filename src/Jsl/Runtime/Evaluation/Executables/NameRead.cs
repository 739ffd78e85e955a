using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>An unscoped name: looked up on every run (locals, then Here through a remembered cell, then globals); a stored expression is evaluated.</summary>
internal sealed class NameRead(NameNode name) : Executable
{
    public NameNode Name { get; } = name;

    private readonly Symbol _symbol = name.Symbol;
    private VariableCell? _cell;

    // A parameter and a script variable read through its cell answer here, everything else by a
    // method of its own: with no call but one in tail position, the usual reads need no frame.
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (scope.Locals is { } locals && locals.TryGetFirst(_symbol, out var first) && first is not ExpressionValue) return first;
        var held = ReadThroughCell(scope);
        return held is NumberValue || IsReadAsHeld(held) ? held! : RunLookingUp(interpreter, scope);
    }

    /// <summary>
    /// True for a value a read gives as it is held (<see cref="Interpreter.ReadStored"/> changes only
    /// expressions and functions): a script's list, string or associative array read through its
    /// cell then needs no search either.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsReadAsHeld(Value? held) => held is not null and not ExpressionValue and not FunctionValue;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Value RunLookingUp(Interpreter interpreter, Scope scope)
    {
        var stored = interpreter.LookupUnqualified(_symbol, scope, ref _cell) ?? throw Interpreter.NameUnresolved(Name);
        // Numbers are most reads: one type test, no call, answers them (ReadStored changes only
        // expressions and functions).
        return stored is NumberValue ? stored : interpreter.ReadStored(stored, scope, Name);
    }

    /// <summary>
    /// The value <see cref="Interpreter.LookupUnqualified(Symbol, Scope, ref VariableCell?)"/> finds
    /// first, without its search: the remembered cell of a Here variable where no local can hold
    /// the name; null where the search is needed.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Value? ReadThroughCell(Scope scope) =>
        scope.ReachesHereDirectly(_symbol.Bit) && _cell is { } cell && ReferenceEquals(cell.Table, scope.Here.Variables) ? cell.Value : null;

    /// <summary>
    /// What <see cref="Run"/> answers without a call when it is a number: true with it when
    /// <paramref name="read"/> (an operand that may be a <see cref="NameRead"/>) names the scope's
    /// first local (a function's first parameter: <c>n - 1</c>, <c>n &lt; 2</c>) or a script variable
    /// read through its cell (<c>i &lt;= 1000</c>). False says nothing: the operand then runs.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool TryReadNumber(NameRead? read, Scope scope, out double number)
    {
        // Written out, not through TryReadNumberValue: so it compiles to the shortest code, which
        // every operator with a name operand (n - 1, n < 2) runs.
        if (read is not null)
        {
            var value = scope.Locals is { } locals && locals.TryGetFirst(read._symbol, out var first) ? first : read.ReadThroughCell(scope);
            if (value is NumberValue n)
            {
                number = n.Value;
                return true;
            }
        }
        number = 0;
        return false;
    }

    /// <summary><see cref="TryReadNumber"/> with the number value itself (<see cref="TryReadNumberValue(Scope)"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool TryReadNumberValue(NameRead? read, Scope scope, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NumberValue? number)
    {
        number = read?.TryReadNumberValue(scope);
        return number is not null;
    }

    /// <summary>
    /// The number value itself that <see cref="TryReadNumber"/> reads (a date stays a date), or
    /// null, which says nothing: <see cref="Run"/> then gives the name's value.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal NumberValue? TryReadNumberValue(Scope scope) =>
        (scope.Locals is { } locals && locals.TryGetFirst(_symbol, out var first) ? first : ReadThroughCell(scope)) as NumberValue;
}
