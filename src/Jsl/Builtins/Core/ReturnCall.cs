using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary>
/// <c>Return(value)</c> prepared: evaluates the value and signals the return to the function call.
/// In the tail of a function's body (<paramref name="inTail"/>: the body, or the last step of its
/// <c>Glue</c>, as the function's call runs it, see <see cref="Executable.InFunctionTail"/>) the
/// function returns the value whether or not the return is signalled, so the signal, and the
/// store of the value with its write barrier, are left out when nothing else is pending; when the
/// value left a Return, Break or Continue pending, the return is signalled as anywhere else, so
/// the call's result is the same.
/// </summary>
internal sealed class ReturnCall(Executable value, bool inTail = false) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var result = value.Run(interpreter, scope);
        if (!inTail || interpreter.Signal != ControlSignal.None)
        {
            interpreter.ReturnValue = result;
            interpreter.Signal = ControlSignal.Return;
        }
        return result;
    }

    /// <inheritdoc/>
    internal override Executable InFunctionTail() => inTail ? this : new ReturnCall(value, inTail: true);
}
