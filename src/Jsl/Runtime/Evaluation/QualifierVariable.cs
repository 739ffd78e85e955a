using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// The qualifier of a prepared <c>v:name</c> or <c>v:f(args)</c> when it is a plain variable (not
/// <c>Here</c>, <c>Global</c> or <c>Local</c>): its value is found as a prepared unscoped name finds
/// it, through a remembered cell, so that <c>obj:member</c> and <c>obj:method()</c> skip the general
/// qualifier route when the variable holds an object.
/// </summary>
internal sealed class QualifierVariable
{
    private readonly NameNode _name;
    private VariableCell? _cell;

    private QualifierVariable(NameNode name) => _name = name;

    /// <summary>The qualifier variable of <paramref name="qualifier"/>, or null when it is not a plain variable.</summary>
    public static QualifierVariable? For(Node? qualifier) =>
        qualifier is NameNode { Scope: NameScope.Unqualified } name && !Interpreter.IsScopeQualifier(name.Symbol) ? new QualifierVariable(name) : null;

    /// <summary>The variable's value, or null when it has none.</summary>
    public Value? Find(Interpreter interpreter, Scope scope) => interpreter.LookupUnqualified(_name.Symbol, scope, ref _cell);
}
