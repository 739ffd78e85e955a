using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Numeric;

/// <summary>
/// <c>All(x, ...)</c> and <c>Any(x, ...)</c>: whether every (some) element of the arguments, numbers,
/// matrices or lists, is nonzero. Decision: a missing element is not nonzero, as a missing condition is
/// not true in <c>If</c>; so <c>All([1 .])</c> is 0 and <c>Any([0 .])</c> is 0. An empty matrix has
/// no element that fails, so <c>All([])</c> is 1 and <c>Any([])</c> is 0.
/// </summary>
internal static class LogicalReductions
{
    private const string Category = "Numeric";

    /// <summary>Adds All and Any to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "All", c => NumberValue.Of(Elements(c, "All").All(IsNonzero) ? 1 : 0));
        table.Add(Category, "Any", c => NumberValue.Of(Elements(c, "Any").Any(IsNonzero) ? 1 : 0));
    }

    private static bool IsNonzero(double x) => x != 0 && !double.IsNaN(x);

    private static IEnumerable<double> Elements(CallContext c, string function)
    {
        c.RequireCount(1);
        for (var i = 0; i < c.Count; i++)
        {
            foreach (var x in Numbers(c, function, c.Eval(i))) yield return x;
        }
    }

    /// <summary>
    /// The numbers of one argument. Decision: a list counts as its items (numbers, matrices or
    /// lists of them): jsl-hamcrest's <c>ut test</c> decides with <c>All( results )</c> over a list
    /// of 0s and 1s.
    /// </summary>
    private static IEnumerable<double> Numbers(CallContext c, string function, Value value)
    {
        switch (value)
        {
            case NumberValue n:
                yield return n.Value;
                break;
            case MatrixValue m:
                foreach (var x in m.Data) yield return x;
                break;
            case ListValue list:
                foreach (var item in list.Items)
                {
                    foreach (var x in Numbers(c, function, item)) yield return x;
                }
                break;
            case var other:
                throw c.Error($"{function} needs numbers, matrices or lists of them, not a {other.TypeName}");
        }
    }
}
