using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>
/// A name read that keeps a stored expression as it is instead of running it: the argument of the
/// functions that look at code (<c>N Items(e)</c> with <c>e = Expr(f(a, b))</c> counts f's arguments).
/// </summary>
internal sealed class HeldNameRead(NameNode name) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope) =>
        interpreter.LookupVariable(name, scope) ?? throw Interpreter.NameUnresolved(name);
}
