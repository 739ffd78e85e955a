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

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (scope.Locals is { } locals && locals.TryGetFirst(_symbol, out var first) && first is not ExpressionValue) return first;
        var stored = interpreter.LookupUnqualified(_symbol, scope, ref _cell) ?? throw Interpreter.NameUnresolved(Name);
        // Numbers are most reads: one type test, no call, answers them (ReadStored changes only
        // expressions and functions).
        return stored is NumberValue ? stored : interpreter.ReadStored(stored, scope);
    }

    /// <summary>
    /// The name an operand reads when it is a <see cref="NameRead"/> (for <see cref="TryFirstLocalNumber"/>), else null.
    /// </summary>
    internal static Symbol? LocalNameOf(Executable operand) => (operand as NameRead)?._symbol;

    /// <summary>
    /// What <see cref="Run"/> answers first without a call: true with the number when the scope's
    /// first local is <paramref name="name"/> and holds a number (a function's first parameter,
    /// the operand of <c>n - 1</c> and <c>n &lt; 2</c>). False says nothing: the operand then runs.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool TryFirstLocalNumber(Symbol? name, Scope scope, out double number)
    {
        if (name is not null && scope.Locals is { } locals && locals.TryGetFirst(name, out var first) && first is NumberValue n)
        {
            number = n.Value;
            return true;
        }
        number = 0;
        return false;
    }
}
