using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary><c>Return(value)</c> prepared: evaluates the value and signals the return to the function call.</summary>
internal sealed class ReturnCall(Executable value) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var result = value.Run(interpreter, scope);
        interpreter.ReturnValue = result;
        interpreter.Signal = ControlSignal.Return;
        return result;
    }

    /// <inheritdoc/>
    internal override Executable InFunctionTail() => new TailReturnCall(value);
}
