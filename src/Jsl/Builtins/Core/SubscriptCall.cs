using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary><c>x[i]</c> with one subscript, prepared with fast paths for a list item by number and an associative array key that is present.</summary>
internal sealed class SubscriptCall(BuiltinEntry entry, CallNode call, Executable target, Executable index) : Executable
{
    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var container = target.Run(interpreter, scope);
        var at = index.Run(interpreter, scope);
        if (container is ListValue list && at is NumberValue n)
        {
            var position = n.Value;
            if (position >= 1 && position <= list.Count && position == Math.Floor(position)) return list.Items[(int)position - 1];
        }
        else if (container is AssociativeArrayValue array && array.Entries.TryGetValue(at, out var found))
        {
            return found;
        }
        return Otherwise(interpreter, scope, container, at);
    }

    private Value Otherwise(Interpreter interpreter, Scope scope, Value container, Value at)
    {
        try
        {
            return Subscripting.Get(new CallContext(interpreter, call, scope), container, [at]);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
