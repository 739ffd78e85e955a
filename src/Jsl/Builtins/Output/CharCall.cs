using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Output;

/// <summary>
/// <c>Char( x )</c> with one argument prepared: the value's text. A join that ends in it
/// (<c>"k" || Char( i )</c>, the commonest way to build a key) runs the argument alone and writes
/// a whole number's digits straight into its own result, without the number's text as a string
/// value of its own.
/// </summary>
internal sealed class CharCall(BuiltinEntry entry, CallNode call, Executable argument) : Executable
{
    /// <summary>Prepares calls written with exactly one argument that is not left empty.</summary>
    public static Executable? Prepare(Interpreter interpreter, CallNode call, BuiltinEntry entry) =>
        call.Args is [var only] && !(only is CallNode { Args.Count: 0 } e && ReferenceEquals(e.Head, Heads.Empty))
            ? new CharCall(entry, call, interpreter.Prepare(only))
            : null;

    public override Value Run(Interpreter interpreter, Scope scope) => TextOf(argument.Run(interpreter, scope));

    private readonly Core.NumberOperand _number = new(argument);

    /// <summary>
    /// Runs the argument for a caller that writes its text itself (then <see cref="TextOf"/> for what
    /// it cannot write), as <see cref="Core.NumberOperand.Run"/>: an arithmetic argument
    /// (<c>Char( Modulo( i, 997 ) )</c>) gives its number as a bare double.
    /// </summary>
    public bool RunArgument(Interpreter interpreter, Scope scope, out double number, out Value? value) =>
        _number.Run(interpreter, scope, out number, out value);

    /// <summary>What this call gives for the argument's value <paramref name="value"/>; a .NET failure in making the text is this call's JSL error.</summary>
    public StringValue TextOf(Value value)
    {
        try
        {
            return OutputBuiltins.TextOf(value);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, call);
        }
    }
}
