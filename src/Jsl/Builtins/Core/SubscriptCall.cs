using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// <c>x[i]</c> with one subscript, prepared with fast paths for a list item by number and an
/// associative array key that is present; a key written <c>a || b</c> is looked up by its bare text.
/// </summary>
internal sealed class SubscriptCall(BuiltinEntry entry, CallNode call, Executable target, Executable index) : Executable
{
    private readonly ConcatCall? _joinedKey = ConcatCall.AsPair(index);

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var container = target.Run(interpreter, scope);
        if (_joinedKey is not null) return RunJoinedKey(interpreter, scope, container);
        return Lookup(interpreter, scope, container, index.Run(interpreter, scope));
    }

    private Value RunJoinedKey(Interpreter interpreter, Scope scope, Value container)
    {
        var key = _joinedKey!.RunForKey(interpreter, scope);
        if (key is not string text) return Lookup(interpreter, scope, container, (Value)key);
        if (container is AssociativeArrayValue array && array.Entries.TryGet(text, out var found)) return found;
        return Otherwise(interpreter, scope, container, new StringValue(text));
    }

    private Value Lookup(Interpreter interpreter, Scope scope, Value container, Value at)
    {
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
