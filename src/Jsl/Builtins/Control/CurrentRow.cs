using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Control;

/// <summary>
/// The run's current row, what <c>Row()</c> reads and <c>Row() = n</c> sets. jsl has no data
/// tables, so nothing else moves it. Decision: 0 (no row) until a script sets one, as after <c>Row() = 0</c>.
/// </summary>
internal sealed class CurrentRow
{
    /// <summary>The row number (0 for none).</summary>
    public double Row { get; set; }

    /// <summary>The current row of <paramref name="interpreter"/>'s run, made on first use.</summary>
    public static CurrentRow Of(Interpreter interpreter) => interpreter.Service<CurrentRow>();
}
