using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Control;

/// <summary>
/// <c>Sequence(start, end, &lt;incr=1&gt;, &lt;n=1&gt;)</c> (Scripting Index, Row): the Row()th item of
/// the numbers from start to end by incr, each repeated n times. jsl has no data tables, but
/// <c>Row() = 3</c> sets the current row, as in the Index's example.
/// </summary>
internal static class RowSequence
{
    private const string Function = "Sequence";

    public static void Register(BuiltinTable table) => table.Add("Host", Function, Compute);

    /// <summary>
    /// Decision: as in a column formula longer than the sequence, the sequence starts again after
    /// its last number (Sequence(1, 3) gives 1, 2, 3, 1, ... down the rows). Row 0 (no current row),
    /// a missing argument, or an incr that never leads from start to end gives missing.
    /// </summary>
    private static Value Compute(CallContext c)
    {
        c.RequireCount(2, 4);
        var start = c.Number(0);
        var end = c.Number(1);
        var increment = c.Number(2, 1);
        var repeat = c.Number(3, 1);
        if (increment == 0) throw c.Error($"{Function} needs an increment other than 0");
        if (!double.IsNaN(repeat) && (repeat < 1 || repeat != Math.Floor(repeat))) throw c.Error($"{Function} needs a whole number of repeats, 1 or more");
        var row = CurrentRow.Of(c.Interpreter).Row;
        if (row < 1 || double.IsNaN(start) || double.IsNaN(end) || double.IsNaN(increment) || double.IsNaN(repeat)) return NumberValue.Missing;
        var steps = Math.Floor(((end - start) / increment) + 1e-9);
        if (steps < 0) return NumberValue.Missing;
        var count = steps + 1;
        var position = Math.Floor((row - 1) / repeat) % count;
        return NumberValue.Of(start + (position * increment));
    }
}
