using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Core;

/// <summary><c>a; b; c</c> prepared: each step in turn, stopping at a pending Break, Continue or Return.</summary>
internal sealed class GlueCall(Executable[] steps) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        Value result = EmptyValue.Instance;
        foreach (var step in steps)
        {
            result = step.Run(interpreter, scope);
            if (interpreter.Signal != ControlSignal.None) break;
        }
        return result;
    }

    /// <inheritdoc/>
    /// <remarks>The last step's value is the glue's: it is the tail when the glue is.</remarks>
    internal override Executable InFunctionTail()
    {
        if (steps.Length == 0) return this;
        var last = steps[^1].InFunctionTail();
        if (ReferenceEquals(last, steps[^1])) return this;
        var copy = (Executable[])steps.Clone();
        copy[^1] = last;
        return new GlueCall(copy);
    }
}
