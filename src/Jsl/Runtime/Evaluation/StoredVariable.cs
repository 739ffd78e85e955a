using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// A named variable's stored value (not a copy), for the prepared calls that read or edit it in
/// place (<c>x[i] = v</c>, <c>Insert Into( x, ... )</c>, a held name such as <c>N Items( x )</c>'s).
/// An unscoped name is found as a prepared name read finds it, through the namespace cell it
/// remembers, instead of hashing the name on every use.
/// </summary>
internal sealed class StoredVariable(NameNode name)
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
