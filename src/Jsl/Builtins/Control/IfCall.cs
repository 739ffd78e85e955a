using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary><c>If(cond, then, ..., else)</c> and <c>IfMZ</c> prepared; the same rules as the built-in's body.</summary>
internal sealed class IfCall(CallNode call, Executable[] args, bool missingIsFalse) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var allMissing = true;
        var i = 0;
        for (; i + 1 < args.Length; i += 2)
        {
            var truth = Conditions.Truth(args[i].Run(interpreter, scope), call, missingIsFalse);
            if (interpreter.Signal != ControlSignal.None) return EmptyValue.Instance;
            if (double.IsNaN(truth))
            {
                if (missingIsFalse) allMissing = false;
                continue;
            }
            allMissing = false;
            if (truth != 0) return args[i + 1].Run(interpreter, scope);
        }
        // JSL Syntax Reference: when every condition is missing, If is missing (the else is not taken).
        if (allMissing && i > 0) return NumberValue.Missing;
        if (i < args.Length) return args[i].Run(interpreter, scope);
        return NumberValue.Missing;
    }
}
