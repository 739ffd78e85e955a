using Jsl.Runtime.Classes;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>
/// <c>q:f(args)</c>. The common shape, <c>obj:method(args)</c> with a plain variable holding an
/// object, finds the variable through a remembered cell and the method in the object's members,
/// then runs it with the prepared arguments; every other shape takes the general route.
/// </summary>
internal sealed class QualifiedCall(CallNode call, Executable[] args) : Executable
{
    private readonly QualifierVariable? _qualifier = QualifierVariable.For(call.Qualifier);

    // Where the object's member of this name was last found (ClassObject.MemberAt).
    private int _slot;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        DepthGuard.Enter(call);
        if (_qualifier?.Find(interpreter, scope) is ClassObject self
            && self.MemberAt(ref _slot, call.Head) is FunctionValue { OwnerClass: not null } method)
        {
            return interpreter.InvokeMethod(self, method, call, args, scope);
        }
        return interpreter.CallQualified(call, args, scope);
    }
}
