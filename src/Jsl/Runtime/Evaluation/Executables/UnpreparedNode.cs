using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>A node evaluated by the general route every time (scoped names and calls, matrix and associative array literals, values).</summary>
internal sealed class UnpreparedNode(Node node) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope) => interpreter.EvalUnprepared(node, scope);
}
