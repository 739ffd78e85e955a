using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// <c>Insert Into(name, item)</c> and <c>Insert Into(name, a, b)</c> prepared: the same order as the
/// built-in's body (the variable's own container, then the arguments), with a fast path for
/// appending one item to a list and for a key and value into an associative array.
/// </summary>
internal sealed class InsertIntoCall(BuiltinEntry entry, CallNode call, NameNode target, Executable first, Executable? second) : Executable
{
    /// <summary>Prepares calls whose first argument is a name and whose other arguments are all written.</summary>
    public static Executable? Prepare(Interpreter interpreter, CallNode call, BuiltinEntry entry) => call.Args switch
    {
        [NameNode target, var item] when !IsEmpty(item) => new InsertIntoCall(entry, call, target, interpreter.Prepare(item), null),
        [NameNode target, var a, var b] when !IsEmpty(a) && !IsEmpty(b) => new InsertIntoCall(entry, call, target, interpreter.Prepare(a), interpreter.Prepare(b)),
        _ => null,
    };

    private static bool IsEmpty(Node node) => node is CallNode { Args.Count: 0 } e && ReferenceEquals(e.Head, Heads.Empty);

    // A key written a || b, when a value follows it.
    private readonly StoredVariable _target = new(target);

    private readonly ConcatCall? _joinedKey = second is null ? null : ConcatCall.AsPair(first);

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var container = _target.Find(interpreter, scope);
        // An expression is edited by the built-in's own body, which stores the edited copy back.
        if (container is ExpressionValue) return interpreter.CallBuiltin(entry, call, scope);
        if (container is not (ListValue or AssociativeArrayValue))
        {
            throw new Runtime.Errors.JslRuntimeError($"Insert Into needs a list, associative array or expression variable, not a {container.TypeName}", call);
        }
        if (_joinedKey is not null && container is AssociativeArrayValue byText)
        {
            // Insert Into( aa, "k" || Char( i ), v ): the key stored as its bare text.
            var key = _joinedKey.RunForKey(interpreter, scope);
            var value = second!.Run(interpreter, scope);
            if (key is string text)
            {
                byText.Entries.Set(text, value.CopyForAssignment());
                return byText;
            }
            return Insert(interpreter, scope, byText, (Value)key, value);
        }
        return Insert(interpreter, scope, container, first.Run(interpreter, scope), second?.Run(interpreter, scope));
    }

    private Value Insert(Interpreter interpreter, Scope scope, Value container, Value a, Value? b)
    {
        if (container is ListValue list && b is null && a is not ListValue)
        {
            interpreter.State.Limits.CheckList(list.Count + 1L, call);
            list.Items.Add(a.CopyForAssignment());
            return list;
        }
        if (container is AssociativeArrayValue array && b is not null && a is not ExpressionValue)
        {
            array.Entries[a.CopyForAssignment()] = b.CopyForAssignment();
            return array;
        }
        return Otherwise(interpreter, scope, container, a, b);
    }

    private Value Otherwise(Interpreter interpreter, Scope scope, Value container, Value a, Value? b)
    {
        var c = new CallContext(interpreter, call, scope);
        try
        {
            if (container is ListValue list)
            {
                ListEditing.Insert(c, list.Items, a, ListBuiltins.Position(c, b));
                return list;
            }
            var array = (AssociativeArrayValue)container;
            AssociativeArrayBuiltins.Insert(c, array, b is null ? [a] : [a, b]);
            return array;
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
