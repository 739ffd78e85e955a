using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary><c>name = value</c> prepared for a name target (the commonest assignment).</summary>
internal sealed class AssignNameCall(NameNode name, Executable value) : Executable
{
    private readonly NameTarget target = new(name);

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var result = value.Run(interpreter, scope);
        target.Assign(interpreter, result.CopyForAssignment(), scope);
        return result;
    }
}
