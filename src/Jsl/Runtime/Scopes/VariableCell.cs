using Jsl.Runtime.Values;

namespace Jsl.Runtime.Scopes;

/// <summary>
/// Where one variable of a large table (a namespace) lives: the table keeps the same cell for as
/// long as the variable exists, so a prepared name can remember the cell it found and read or
/// write it again without a hash lookup. Removing the variable empties the cell and detaches it.
/// </summary>
internal sealed class VariableCell(VariableTable table, Value value)
{
    /// <summary>The table holding the variable; null once the variable has been removed.</summary>
    public VariableTable? Table = table;

    /// <summary>The variable's value; null once the variable has been removed.</summary>
    public Value? Value = value;

    /// <summary>Empties the cell when its variable is removed.</summary>
    public void Detach()
    {
        Table = null;
        Value = null;
    }
}
