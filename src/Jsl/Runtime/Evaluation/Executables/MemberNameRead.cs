using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>
/// An unscoped name in a method's body that names a member of the method's class (<c>count</c>
/// in <c>count = count + x * step</c>). In the method's own frame, where no local can hold the
/// name (<see cref="Scope.MemberOwnerFor"/>), the object's member is what the lookup finds next,
/// so it is read at once; anywhere else (a Local block, a parameter of the member's name, a
/// member since removed, the body run as a plain function) the name is read as every name is.
/// </summary>
internal sealed class MemberNameRead(NameNode name) : Executable
{
    private readonly Symbol _symbol = name.Symbol;
    private readonly NameRead _plain = new(name);

    // Where the object's member of this name was last found (ClassObject.MemberAt).
    private int _slot;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (scope.MemberOwnerFor(_symbol.Bit) is { } self && self.MemberAt(ref _slot, _symbol) is { } member)
        {
            // As a name read treats what it finds: numbers as they are, expressions and functions run.
            return member is NumberValue ? member : interpreter.ReadStored(member, scope, _plain.Name);
        }
        return _plain.Run(interpreter, scope);
    }
}
