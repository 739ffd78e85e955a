using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary><c>While(condition, body)</c> prepared.</summary>
internal sealed class WhileCall(CallNode call, Executable condition, Executable? body) : Executable
{
    // i <= n, the usual condition, gives its truth as a double: no value made per step.
    private readonly NumberPairCall? _comparison = condition as NumberPairCall;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var budget = interpreter.State.Budget;
        while (true)
        {
            budget.Step(call);
            var truth = _comparison is not null ? _comparison.RunCondition(interpreter, scope, call) : Conditions.Truth(condition.Run(interpreter, scope), call);
            if (double.IsNaN(truth) || truth == 0) break;
            if (body is not null && !Conditions.RunBody(interpreter, body, scope)) break;
        }
        return EmptyValue.Instance;
    }
}
