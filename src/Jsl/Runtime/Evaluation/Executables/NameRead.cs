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
}
