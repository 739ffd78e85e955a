using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Control;

/// <summary>The exit status <c>Quit(...)</c> / <c>Exit(...)</c> ask for (language spec §6a.6).</summary>
internal static class QuitStatus
{
    /// <summary>
    /// JMP's <c>Quit</c> takes only <c>"No Save"</c>; a number is our extension and sets the exit status.
    /// Decision: a string (JMP's <c>"No Save"</c>) is accepted and exits 0; a number must be a whole
    /// number from 0 to 255 (what a POSIX exit status can carry), anything else is a JSL error
    /// rather than a status silently truncated by the operating system.
    /// </summary>
    public static int Of(CallContext c, string function)
    {
        c.RequireCount(0, 1);
        if (c.Count == 0 || c.IsEmptyArg(0)) return 0;
        var value = c.Eval(0);
        if (value is StringValue) return 0;
        if (value is NumberValue { Value: var n } && n >= 0 && n <= 255 && n == Math.Floor(n)) return (int)n;
        throw c.Error($"{function} needs an exit status, a whole number from 0 to 255, or \"No Save\"");
    }
}
