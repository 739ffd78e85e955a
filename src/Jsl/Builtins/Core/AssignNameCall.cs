using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary><c>name = value</c> prepared for a name target (the commonest assignment).</summary>
internal sealed class AssignNameCall(NameNode target, Executable value) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var result = value.Run(interpreter, scope);
        interpreter.AssignVariable(target, result.CopyForAssignment(), scope);
        return result;
    }
}
