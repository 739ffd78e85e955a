using Jsl.Builtins.Control;

// Row()'s part of the run state, declared beside it.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private CurrentRow? currentRow;

    /// <summary>The row <c>Row()</c> reads and sets, made on first use.</summary>
    public CurrentRow CurrentRow => currentRow ??= new CurrentRow();
}
