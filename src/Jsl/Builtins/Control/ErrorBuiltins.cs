using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary><c>Try(expr, catch)</c> and <c>Throw(msg)</c>, with <c>exception_msg</c> as JMP sets it.</summary>
internal static class ErrorBuiltins
{
    private const string Category = "Errors";
    private static readonly NameNode ExceptionMessage = new(SourcePosition.None, Symbol.Intern("exception_msg"), "exception_msg");

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Try", Try);
        table.Add(Category, "Throw", c =>
        {
            c.RequireCount(0, 2);
            var message = c.Count > 0 ? c.Eval(0) : StringValue.EmptyString;
            var text = ValueFormatter.ToText(message);
            if (text.StartsWith('!'))
            {
                throw new JslRuntimeError(text[1..], c.Call) { Fatal = true };
            }
            // Decision: an uncaught Throw() (or Throw("")) reports a message of its own rather than
            // an empty line, so the user sees what stopped the script; exception_msg stays "".
            var report = text.Length == 0 ? "Throw() with no message" : text;
            throw new JslThrow(message, report) { Position = c.Call.Position };
        });
    }

    private static Value Try(CallContext c)
    {
        c.RequireCount(1, 2);
        Value payload;
        try
        {
            return c.Eval(0);
        }
        catch (JslThrow thrown)
        {
            payload = thrown.Payload;
        }
        catch (JslRuntimeError error) when (!error.Fatal)
        {
            payload = new ListValue([new ExpressionValue(new ErrorExpressionNode(error))]);
        }
        c.Interpreter.Signal = ControlSignal.None;
        // The Scripting Guide: catching stores the message in exception_msg (global, or Here's own
        // variable of that name), so it is set with or without a catch expression, and a script
        // can read it after Try( ... ) returns.
        c.Interpreter.AssignVariable(ExceptionMessage, payload, c.Scope);
        if (c.Count < 2) return EmptyValue.Instance;
        return c.Eval(1);
    }
}
