using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary><c>name++</c> and <c>name--</c> prepared for a name target: returns the old value, stores old + delta.</summary>
internal sealed class StepNameCall(BuiltinEntry entry, CallNode call, NameNode name, Executable current, int delta) : Executable
{
    private readonly NameTarget target = new(name);

    // i++ on a parameter or a script variable with a remembered cell: read without a call.
    private readonly NameRead? _read = current as NameRead;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var old = _read?.TryReadNumberValue(scope) ?? current.Run(interpreter, scope);
        var updated = old is NumberValue n ? NumberValue.Of(n.Value + delta) : Otherwise(interpreter, scope, old);
        target.Assign(interpreter, Interpreter.CopyForAssignment(updated), scope);
        return old;
    }

    private Value Otherwise(Interpreter interpreter, Scope scope, Value old)
    {
        try
        {
            return Elementwise.Unary(new CallContext(interpreter, call, scope), old, x => x + delta);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
