using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Runtime.Scopes;

/// <summary>Slots remembered for a table's entries are hints: a wrong one answers "not here", never another name's value.</summary>
public sealed class VariableTableSlotTests
{
    private static readonly Symbol A = Symbol.Intern("slot test a");
    private static readonly Symbol B = Symbol.Intern("slot test b");
    private static readonly Symbol C = Symbol.Intern("slot test c");

    private static VariableTable Abc()
    {
        var table = new VariableTable();
        table.Set(A, NumberValue.Of(1));
        table.Set(B, NumberValue.Of(2));
        table.Set(C, NumberValue.Of(3));
        return table;
    }

    [Fact]
    public void A_slot_found_reads_and_replaces_its_entry()
    {
        var table = Abc();
        var slot = table.SlotOf(C);
        Assert.Equal(2, slot);
        Assert.Same(NumberValue.Of(3), table.ValueAt(slot, C));
        Assert.True(table.TryReplaceAt(slot, C, NumberValue.Of(30)));
        Assert.True(table.TryGet(C, out var replaced));
        Assert.Equal(30, ((NumberValue)replaced).Value);
    }

    [Fact]
    public void A_slot_made_wrong_by_a_removal_finds_nothing_for_the_old_name()
    {
        var table = Abc();
        var slotOfB = table.SlotOf(B);
        Assert.True(table.Remove(B));
        // The last entry moved into B's place: the slot now holds C, which B's slot must not give.
        Assert.Null(table.ValueAt(slotOfB, B));
        Assert.False(table.TryGetAt(slotOfB, B, out _));
        Assert.False(table.TryReplaceAt(slotOfB, B, NumberValue.Of(9)));
        Assert.Same(NumberValue.Of(3), table.ValueAt(slotOfB, C));
        Assert.Equal(-1, table.SlotOf(B));
    }

    [Fact]
    public void Slots_out_of_range_and_tables_of_cells_answer_not_here()
    {
        var table = Abc();
        Assert.Null(table.ValueAt(7, A));
        Assert.Null(table.ValueAt(-1, A));
        for (var i = 0; i < 10; i++) table.Set(Symbol.Intern("slot test more " + i), NumberValue.Of(i));
        // Past the inline entries the table keeps cells, which have no slots.
        Assert.Equal(-1, table.SlotOf(A));
        Assert.Null(table.ValueAt(0, A));
        Assert.True(table.TryGet(A, out var a));
        Assert.Equal(1, ((NumberValue)a).Value);
    }
}
