using Jsl.Runtime.Classes;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary><c>q:name</c>: a member of an object held in a plain variable is read directly; every other shape takes the general route.</summary>
internal sealed class QualifiedNameRead(NameNode name) : Executable
{
    private readonly QualifierVariable? _qualifier = QualifierVariable.For(name.Qualifier);

    // Where the object's member of this name was last found (ClassObject.MemberAt).
    private int _slot;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (_qualifier?.Find(interpreter, scope) is ClassObject self
            && self.MemberAt(ref _slot, name.Symbol) is { } member
            && member is not ExpressionValue)
        {
            return member;
        }
        return interpreter.EvalUnprepared(name, scope);
    }
}
