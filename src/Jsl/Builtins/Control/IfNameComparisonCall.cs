using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary>
/// <see cref="IfElseCall"/> whose condition compares a name with a written number (<c>If( n &lt; 2, ... )</c>,
/// a recursion's base case): when the name is a parameter or a script variable read through its
/// cell (<see cref="NameRead.TryReadNumber"/>), the rule runs here, with no call to the condition;
/// otherwise the condition runs as in <see cref="IfElseCall"/>.
/// </summary>
internal sealed class IfNameComparisonCall<TRule>(CallNode call, NumberPairCall condition, NameRead name, double right, Executable then, Executable? otherwise)
    : Executable where TRule : struct, INumberPairRule
{
    // The name's number answers here, the condition's call by a method of its own: with no call
    // but the branch's in tail position, the usual run needs no frame.
    public override Value Run(Interpreter interpreter, Scope scope) =>
        NameRead.TryReadNumber(name, scope, out var left)
            ? IfElseCall.Branch(interpreter, scope, TRule.Compute(left, right), then, otherwise)
            : RunCondition(interpreter, scope);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Value RunCondition(Interpreter interpreter, Scope scope) =>
        IfElseCall.Branch(interpreter, scope, condition.RunCondition(interpreter, scope, call), then, otherwise);
}
