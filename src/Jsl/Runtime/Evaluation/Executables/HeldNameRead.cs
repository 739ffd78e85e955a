using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>
/// A name read that keeps a stored expression as it is instead of running it: the argument of the
/// functions that look at code (<c>N Items(e)</c> with <c>e = Expr(f(a, b))</c> counts f's arguments).
/// Any other value reads as the name would (<see cref="Interpreter.ReadStored"/>), as
/// <see cref="CallContext.EvalKeepingHeldExpression"/> gives it on the general route.
/// </summary>
internal sealed class HeldNameRead(NameNode name) : Executable
{
    // An unscoped name remembers its namespace cell, as NameRead does (N Items( lst ) in a loop's condition).
    private readonly StoredVariable _variable = new(name);

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var stored = _variable.Find(interpreter, scope);
        return stored is ExpressionValue ? stored : interpreter.ReadStored(stored, scope, name);
    }
}
