using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>The structural operators: <c>{}</c> (List), <c>[]</c> (Subscript), <c>;</c> (Glue), <c>First</c>, <c>&lt;&lt;</c> (Send), <c>||</c> (Concat), <c>|/</c> (V Concat), <c>Empty</c>.</summary>
internal static class CollectionCoreBuiltins
{
    private const string Category = "Core";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "List", c => ListLiterals.Build(c.Call));
        table.Add(Category, "Subscript", c =>
        {
            c.RequireCount(2);
            var target = c.Eval(0);
            return Subscripting.Get(c, target, Subscripting.EvalIndices(c, c.Call));
        });
        table.Add(Category, "Glue", Glue);
        table.Add(Category, "First", c =>
        {
            if (c.Count == 0) return EmptyValue.Instance;
            var first = c.Eval(0);
            for (var i = 1; i < c.Count && c.Interpreter.Signal == ControlSignal.None; i++) c.Eval(i);
            return first;
        });
        table.Add(Category, "Empty", c => EmptyValue.Instance);
        table.Add(Category, "Send", Send);
        table.SetPreparer("Send", Runtime.Evaluation.Executables.MethodSend.Preparer);
        table.Add(Category, "Concat", c => Fold(c, Concatenation.Concat));
        table.Add(Category, "V Concat", c => Fold(c, Concatenation.VConcat));
        table.SetPreparer("Concat", ConcatCall.Prepare);
        table.SetPreparer("Glue", static (interpreter, call, _) => new GlueCall(interpreter.PrepareArgs(call)));
        table.SetPreparer("Subscript", static (interpreter, call, entry) =>
            call.Args is [var target, var index] && !(index is CallNode { Args.Count: 0 } empty && ReferenceEquals(empty.Head, Heads.Empty))
                ? new SubscriptCall(entry, call, interpreter.Prepare(target), interpreter.Prepare(index))
                : null);
    }

    private static Value Glue(CallContext c)
    {
        Value result = EmptyValue.Instance;
        var interpreter = c.Interpreter;
        var args = c.Call.Args;
        for (var i = 0; i < args.Count; i++)
        {
            result = interpreter.Eval(args[i], c.Scope);
            if (interpreter.Signal != ControlSignal.None) break;
        }
        return result;
    }

    private static Value Fold(CallContext c, Func<CallContext, Value, Value, Value> op)
    {
        c.RequireCount(1);
        var acc = c.Eval(0);
        for (var i = 1; i < c.Count; i++) acc = op(c, acc, c.Eval(i));
        return acc;
    }

    private static Value Send(CallContext c)
    {
        if (c.Count == 1) throw c.Error("a <<message needs an object to send it to");
        c.RequireCount(2, 2);
        return SendTo(c, c.Eval(0), c.ArgNode(1));
    }

    /// <summary>Sends <paramref name="message"/> (unevaluated) to <paramref name="target"/>: its kind's rows of the message table answer it.</summary>
    internal static Value SendTo(CallContext c, Value target, Node message)
    {
        return c.Interpreter.Builtins.Messages.Send(c, target, message);
    }
}
