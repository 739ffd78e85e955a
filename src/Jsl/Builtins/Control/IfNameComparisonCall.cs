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
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var truth = NameRead.TryReadNumber(name, scope, out var left) ? TRule.Compute(left, right) : condition.RunCondition(interpreter, scope, call);
        return IfElseCall.Branch(interpreter, scope, truth, then, otherwise);
    }
}
