using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// <c>name[index] = value</c> prepared, in the general rule's order (the value, then the variable's
/// own container, then the index), with fast paths for an associative array and a list item by
/// number; anything else goes to <see cref="Subscripting.Set"/>.
/// </summary>
internal sealed class AssignSubscriptCall(BuiltinEntry entry, CallNode call, NameNode container, Executable index, Executable value) : Executable
{
    // aa["k" || Char( i )] = v: the key stored as its bare text, with no string value made for it.
    private readonly ConcatCall? _joinedKey = ConcatCall.AsPair(index);
    private readonly StoredVariable _container = new(container);

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var result = value.Run(interpreter, scope);
        var target = _container.Find(interpreter, scope);
        var key = _joinedKey is null ? index.Run(interpreter, scope) : _joinedKey.RunForKey(interpreter, scope);
        try
        {
            if (target is AssociativeArrayValue array)
            {
                array.Entries.Set(key, result.CopyForAssignment());
                return result;
            }
            if (target is ListValue list && key is NumberValue n)
            {
                var position = n.Value;
                if (position >= 1 && position <= list.Count && position == Math.Floor(position))
                {
                    list.Items[(int)position - 1] = result.CopyForAssignment();
                    return result;
                }
            }
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            // Hashing or copying a value nested too deeply for the stack (DepthGuard.EnterValue).
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
        Otherwise(interpreter, scope, target, key as Value ?? new StringValue((string)key), result);
        return result;
    }

    private void Otherwise(Interpreter interpreter, Scope scope, Value target, Value at, Value result)
    {
        try
        {
            Subscripting.Set(new CallContext(interpreter, call, scope), target, [at], result);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
