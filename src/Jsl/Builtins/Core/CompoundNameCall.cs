using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// <c>name op= operand</c> prepared for a name target, with fast paths for numbers (<c>+= -= *= /=</c>)
/// and strings (<c>||=</c>); other operands go through the operator's call as the general rule does.
/// </summary>
internal sealed class CompoundNameCall(BuiltinEntry entry, CallNode call, Symbol op, NameNode name, Executable current, Executable operand) : Executable
{
    private readonly NameTarget target = new(name);

    // s ||= a || b: the pair joined onto s in one step, without the string a || b first.
    private readonly ConcatCall? pair = ReferenceEquals(op, Heads.Concat) ? ConcatCall.AsPair(operand) : null;

    // s += x on a parameter or a script variable with a remembered cell: a number read without a call.
    private readonly NameRead? _read = current as NameRead;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var left = _read?.TryReadNumberValue(scope) ?? current.Run(interpreter, scope);
        Value right;
        if (pair is not null && left is StringValue start)
        {
            right = pair.JoinOnto(interpreter, scope, start, call, out var joined);
            if (joined)
            {
                target.Assign(interpreter, right, scope);
                return right;
            }
        }
        else
        {
            right = operand.Run(interpreter, scope);
        }
        var combined = Combine(interpreter, left, right) ?? Otherwise(interpreter, scope, left, right);
        target.Assign(interpreter, Interpreter.CopyForAssignment(combined), scope);
        return combined;
    }

    private Value? Combine(Interpreter interpreter, Value left, Value right)
    {
        if (left is NumberValue a && right is NumberValue b)
        {
            if (ReferenceEquals(op, Heads.Add)) return NumberValue.Of(a.Value + b.Value);
            if (ReferenceEquals(op, Heads.Subtract)) return NumberValue.Of(a.Value - b.Value);
            if (ReferenceEquals(op, Heads.Multiply)) return NumberValue.Of(a.Value * b.Value);
            if (ReferenceEquals(op, Heads.Divide)) return NumberValue.Of(ArithmeticBuiltins.DivideNumbers(a.Value, b.Value));
            return null;
        }
        if (left is StringValue x && right is StringValue y && ReferenceEquals(op, Heads.Concat)) return Concatenation.ConcatStrings(interpreter.State.Limits, call, x, y);
        return null;
    }

    private Value Otherwise(Interpreter interpreter, Scope scope, Value left, Value right)
    {
        try
        {
            var combined = new CallNode(call.Position, op, op.Text, [new ValueNode(left, name.Position), new ValueNode(right, call.Args[1].Position)]);
            return interpreter.Eval(combined, scope);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
