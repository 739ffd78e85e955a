using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// The variable whose stored container a prepared in-place edit changes (<c>x[i] = v</c>,
/// <c>Insert Into( x, ... )</c>). An unscoped name is found as a prepared name read finds it,
/// through the namespace cell it remembers, instead of hashing the name on every edit.
/// </summary>
internal sealed class ContainerVariable(NameNode name)
{
    private VariableCell? _cell;

    /// <summary>The value stored in the variable itself (not a copy); an unset name is JSL's Name Unresolved error.</summary>
    public Value Find(Interpreter interpreter, Scope scope)
    {
        var stored = name.Scope == NameScope.Unqualified
            ? interpreter.LookupUnqualified(name.Symbol, scope, ref _cell)
            : interpreter.LookupVariable(name, scope);
        return stored ?? throw Interpreter.NameUnresolved(name);
    }
}
