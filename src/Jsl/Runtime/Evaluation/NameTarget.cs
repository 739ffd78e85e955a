using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// The name an assignment executable stores into. An unscoped name remembers the namespace cell
/// it last wrote, so repeated assignments to a script variable skip the hash lookup.
/// </summary>
internal sealed class NameTarget(NameNode name)
{
    private VariableCell? _cell;

    // Where the object's member of a qualified name was last found (ClassObject.TryReplaceMemberAt).
    private int _memberSlot;
    private readonly QualifierVariable? _qualifier = name.Scope == NameScope.Qualified ? QualifierVariable.For(name.Qualifier) : null;

    /// <summary>The name as written.</summary>
    public NameNode Name { get; } = name;

    /// <summary>Stores <paramref name="value"/> (already copied for assignment) where JSL's rules say.</summary>
    public void Assign(Interpreter interpreter, Value value, Scope scope)
    {
        if (Name.Scope == NameScope.Unqualified) interpreter.AssignUnqualified(Name, value, scope, ref _cell);
        else if (_qualifier?.Find(interpreter, scope) is Classes.ClassObject self)
        {
            // An existing member (obj:count = obj:count - i) is replaced in one search; a new one added.
            if (!self.TryReplaceMemberAt(ref _memberSlot, Name.Symbol, value, Name)) self.SetMember(Name.Symbol, value, Name, Name.Text);
        }
        else interpreter.AssignVariable(Name, value, scope);
    }
}
