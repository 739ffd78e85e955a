using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>A call of a built-in with no faster form: its body runs with a <see cref="CallContext"/>.</summary>
internal sealed class BuiltinCall(BuiltinEntry entry, CallNode call) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        DepthGuard.Enter(call);
        return interpreter.CallBuiltin(entry, call, scope);
    }
}
