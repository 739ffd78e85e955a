using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Control;

/// <summary>
/// <c>Script Arguments()</c>: the words given after the script on the <c>jsl</c> command line, as a
/// list of strings. Our extension (JMP runs scripts from its own window and has no such list).
/// </summary>
/// <remarks>
/// Decision: a function rather than a predefined global, so a script cannot overwrite it by
/// accident, it cannot clash with a user's variable, and each call returns a fresh list the
/// script may change freely.
/// </remarks>
internal static class ScriptArgumentsBuiltins
{
    private const string Category = "Host";

    /// <summary>Adds <c>Script Arguments</c> to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Script Arguments", static c =>
        {
            return new ListValue(c.Interpreter.State.ScriptArguments.Select(a => (Value)new StringValue(a)));
        });
    }
}
