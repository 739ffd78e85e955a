using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Control;

/// <summary>
/// <c>IfMax(expr1, result1, expr2, result2, ..., &lt;allMissingResult&gt;)</c> and <c>IfMin</c>
/// (Scripting Index, Conditional): the result paired with the largest (smallest) test value, the
/// first on ties; when every test is missing, Empty for an even count of arguments, else the last.
/// Only the chosen result is evaluated.
/// </summary>
internal static class ExtremeChoice
{
    private const string Category = "Control flow";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "IfMax", c => Choose(c, "IfMax", max: true));
        table.Add(Category, "IfMin", c => Choose(c, "IfMin", max: false));
    }

    private static Value Choose(CallContext c, string function, bool max)
    {
        c.RequireCount(2);
        var pairs = c.Count / 2;
        var best = -1;
        var bestValue = double.NaN;
        for (var i = 0; i < pairs; i++)
        {
            var test = c.Eval(2 * i) switch
            {
                NumberValue n => n.Value,
                var other => throw c.Error($"{function} needs numbers to compare, found {other.TypeName}"),
            };
            if (double.IsNaN(test)) continue;
            if (best < 0 || (max ? test > bestValue : test < bestValue))
            {
                best = i;
                bestValue = test;
            }
        }
        if (best >= 0) return c.Eval(2 * best + 1);
        return c.Count % 2 == 1 ? c.Eval(c.Count - 1) : EmptyValue.Instance;
    }
}
