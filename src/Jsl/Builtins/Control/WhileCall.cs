using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary><c>While(condition, body)</c> prepared.</summary>
internal sealed class WhileCall(CallNode call, Executable condition, Executable? body) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var budget = interpreter.State.Budget;
        while (true)
        {
            budget.Step(call);
            var truth = Conditions.Truth(condition.Run(interpreter, scope), call);
            if (double.IsNaN(truth) || truth == 0) break;
            if (body is not null && !Conditions.RunBody(interpreter, body, scope)) break;
        }
        return EmptyValue.Instance;
    }
}
