using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>A call of a name that is not a built-in: the function is looked up on every run (it may be redefined).</summary>
internal sealed class UserCall(CallNode call, Executable[] args) : Executable
{
    private VariableCell? _cell;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        DepthGuard.Enter(call);
        var stored = interpreter.LookupUnqualified(call.Head, scope, ref _cell);
        if ((stored as FunctionValue ?? interpreter.CallableStored(stored, scope)) is { } function)
        {
            // A method called by its bare name inside another method runs on the same object.
            if (function.OwnerClass is not null && scope.This is { } self) return interpreter.InvokeMethod(self, function, call, args, scope);
            return interpreter.Invoke(function, call, args, scope);
        }
        throw interpreter.UnresolvedCall(call);
    }
}
