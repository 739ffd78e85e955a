using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// <c>a || b || ...</c> prepared: the operands run in order, as the built-in's fold evaluates them,
/// and two strings are joined directly; any other pair goes to <see cref="Concatenation.Concat"/>.
/// Building keys (<c>"k" || Char( i )</c>) is the hot case, which the general call's context and
/// per-operand lookups of the prepared argument made several times dearer than the join itself.
/// </summary>
internal sealed class ConcatCall(BuiltinEntry entry, CallNode call, Executable[] operands) : Executable
{
    /// <summary>Prepares calls written with at least two operands, none left empty.</summary>
    public static Executable? Prepare(Interpreter interpreter, CallNode call, BuiltinEntry entry) =>
        call.Args.Count >= 2 && !call.Args.Any(static a => a is CallNode { Args.Count: 0 } e && ReferenceEquals(e.Head, Heads.Empty))
            ? new ConcatCall(entry, call, interpreter.PrepareArgs(call))
            : null;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        // As in the general call, a .NET failure anywhere in the operands or the join (memory
        // for a long text) is reported as this call's JSL error.
        try
        {
            var result = operands[0].Run(interpreter, scope);
            for (var i = 1; i < operands.Length; i++)
            {
                var next = operands[i].Run(interpreter, scope);
                result = result is StringValue x && next is StringValue y
                    ? Concatenation.ConcatStrings(interpreter.State.Limits, call, x, y)
                    : Concatenation.Concat(new CallContext(interpreter, call, scope), result, next);
            }
            return result;
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
