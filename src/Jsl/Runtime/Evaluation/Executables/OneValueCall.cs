using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>
/// A built-in called with one argument whose rule needs only that argument's value (<c>N Items(x)</c>):
/// the argument runs prepared and the rule gets its value, without a general call.
/// </summary>
internal sealed class OneValueCall(BuiltinEntry entry, CallNode call, Executable argument, Func<CallContext, Value, Value> rule) : Executable
{
    /// <summary>A preparer for calls written with exactly one argument that is not left empty.</summary>
    public static CallPreparer For(Func<CallContext, Value, Value> rule) =>
        (interpreter, call, entry) => call.Args is [var only] && !(only is CallNode { Args.Count: 0 } e && ReferenceEquals(e.Head, Heads.Empty))
            ? new OneValueCall(entry, call, interpreter.Prepare(only), rule)
            : null;

    /// <summary>
    /// <see cref="For"/> for a rule that looks at code: a bare name argument gives the expression it
    /// holds, not the expression's value (as <see cref="CallContext.EvalKeepingHeldExpression"/>).
    /// </summary>
    public static CallPreparer ForHeld(Func<CallContext, Value, Value> rule) =>
        (interpreter, call, entry) => call.Args is [NameNode name]
            ? new OneValueCall(entry, call, new HeldNameRead(name), rule)
            : For(rule)(interpreter, call, entry);

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        var value = argument.Run(interpreter, scope);
        try
        {
            return rule(new CallContext(interpreter, call, scope), value);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
