using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary><c>name = value</c> prepared for a name target (the commonest assignment).</summary>
internal sealed class AssignNameCall(CallNode call, NameNode name, Executable value) : Executable
{
    private readonly NameTarget target = new(name);

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var result = value.Run(interpreter, scope);
        Value copy;
        try
        {
            copy = Interpreter.CopyForAssignment(result);
        }
        catch (InsufficientExecutionStackException)
        {
            // Copying a list nested too deeply for the stack (DepthGuard.EnterValue): the depth error at this assignment.
            throw DepthGuard.TooDeep(call);
        }
        target.Assign(interpreter, copy, scope);
        return result;
    }
}
