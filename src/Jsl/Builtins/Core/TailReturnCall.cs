using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>
/// <c>Return( value )</c> as the last thing a function's body does (<c>...; Return( x )</c>), run
/// from the function's call (<see cref="Executable.InFunctionTail"/>): the function returns the value
/// whether or not the return is signalled, so the signal, and the store of the value with its
/// write barrier, are left out when nothing else is pending. When the value left a Return,
/// Break or Continue pending, the return is signalled as <see cref="ReturnCall"/> signals it, so
/// the call's result is the same.
/// </summary>
internal sealed class TailReturnCall(Executable value) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var result = value.Run(interpreter, scope);
        if (interpreter.Signal != ControlSignal.None)
        {
            interpreter.ReturnValue = result;
            interpreter.Signal = ControlSignal.Return;
        }
        return result;
    }
}
