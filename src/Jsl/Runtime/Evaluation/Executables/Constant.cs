using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>A literal number or string: the same immutable value every time.</summary>
internal sealed class Constant(Value value) : Executable
{
    public Value Value { get; } = value;

    public override Value Run(Interpreter interpreter, Scope scope) => Value;
}
