using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary><c>=</c> and the compound assignments (<c>+= -= *= /= ||= |/=</c>), post increment and decrement, and list destructuring (<c>{a, b} = {1, 2}</c>).</summary>
internal static class AssignmentBuiltins
{
    private const string Category = "Assignment";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Assign", c =>
        {
            c.RequireCount(2, 2);
            var value = c.Eval(1);
            Assignment.Store(c, c.ArgNode(0), value);
            return value;
        });
        table.Add(Category, "Add To", c => Compound(c, Heads.Add));
        table.Add(Category, "Subtract To", c => Compound(c, Heads.Subtract));
        table.Add(Category, "Multiply To", c => Compound(c, Heads.Multiply));
        table.Add(Category, "Divide To", c => Compound(c, Heads.Divide));
        table.Add(Category, "Concat To", c => Compound(c, Heads.Concat));
        table.Add(Category, "V Concat To", c => Compound(c, Heads.VConcat));
        table.Add(Category, "PostIncrement", c => Step(c, 1));
        table.Add(Category, "PostDecrement", c => Step(c, -1));
        table.SetPreparer("Assign", static (interpreter, call, entry) => call.Args switch
        {
            [NameNode target, var value] => new AssignNameCall(call, target, interpreter.Prepare(value)),
            [CallNode { Qualifier: null, Args: [NameNode container, var index] } target, var value]
                when ReferenceEquals(target.Head, Heads.Subscript) && !IsEmptyCall(index)
                => new AssignSubscriptCall(entry, call, container, interpreter.Prepare(index), interpreter.Prepare(value)),
            _ => null,
        });
        table.SetPreparer("PostIncrement", static (interpreter, call, entry) =>
            call.Args is [NameNode target] ? new StepNameCall(entry, call, target, interpreter.Prepare(target), 1) : null);
        table.SetPreparer("PostDecrement", static (interpreter, call, entry) =>
            call.Args is [NameNode target] ? new StepNameCall(entry, call, target, interpreter.Prepare(target), -1) : null);
        PrepareCompound(table, "Add To", Heads.Add);
        PrepareCompound(table, "Subtract To", Heads.Subtract);
        PrepareCompound(table, "Multiply To", Heads.Multiply);
        PrepareCompound(table, "Divide To", Heads.Divide);
        PrepareCompound(table, "Concat To", Heads.Concat);
    }

    private static bool IsEmptyCall(Node node) => node is CallNode { Args.Count: 0 } e && ReferenceEquals(e.Head, Heads.Empty);

    private static void PrepareCompound(BuiltinTable table, string name, Jsl.Syntax.Symbol op)
    {
        table.SetPreparer(name, (interpreter, call, entry) => call.Args is [NameNode target, var operand]
            ? new CompoundNameCall(entry, call, op, target, interpreter.Prepare(target), interpreter.Prepare(operand))
            : null);
    }

    /// <summary><c>a op= b</c>: evaluates <c>op(a, b)</c> as a call so every operand kind the operator accepts works, then stores it.</summary>
    private static Value Compound(CallContext c, Jsl.Syntax.Symbol op)
    {
        c.RequireCount(2, 2);
        var target = c.ArgNode(0);
        if (target is CallNode list && ReferenceEquals(list.Head, Heads.List))
        {
            foreach (var item in list.Args) Compound(c, op, item, c.ArgNode(1));
            return c.Eval(0);
        }
        return Compound(c, op, target, c.ArgNode(1));
    }

    private static Value Compound(CallContext c, Jsl.Syntax.Symbol op, Node target, Node operand)
    {
        var current = c.Eval(target);
        var right = c.Eval(operand);
        var combined = new CallNode(c.Call.Position, op, op.Text, [new ValueNode(current, target.Position), new ValueNode(right, operand.Position)]);
        var value = c.Eval(combined);
        Assignment.Store(c, target, value);
        return value;
    }

    private static Value Step(CallContext c, int delta)
    {
        c.RequireCount(1, 1);
        var target = c.ArgNode(0);
        if (target is CallNode list && ReferenceEquals(list.Head, Heads.List))
        {
            foreach (var item in list.Args) StepOne(c, item, delta);
            return EmptyValue.Instance;
        }
        return StepOne(c, target, delta);
    }

    private static Value StepOne(CallContext c, Node target, int delta)
    {
        var old = c.Eval(target);
        var updated = Elementwise.Unary(c, old, x => x + delta);
        Assignment.Store(c, target, updated);
        return old;
    }
}
