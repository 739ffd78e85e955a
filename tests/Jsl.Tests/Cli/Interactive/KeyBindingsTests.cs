using Jsl.Cli.Interactive;

namespace Jsl.Tests.Cli.Interactive;

/// <summary>Which key does what at the prompt, as .NET reports keys read from a terminal.</summary>
public sealed class KeyBindingsTests
{
    private static EditAction Control(char letter) =>
        KeyBindings.ActionFor(new ConsoleKeyInfo((char)(letter - 'A' + 1), ConsoleKey.A + (letter - 'A'), false, false, true));

    private static EditAction Key(ConsoleKey key, char c = '\0') => KeyBindings.ActionFor(new ConsoleKeyInfo(c, key, false, false, false));

    [Fact]
    public void The_readline_control_keys_edit_the_line()
    {
        Assert.Equal(EditAction.Home, Control('A'));
        Assert.Equal(EditAction.End, Control('E'));
        Assert.Equal(EditAction.DeleteWordBefore, Control('W'));
        Assert.Equal(EditAction.DeleteToStart, Control('U'));
        Assert.Equal(EditAction.DeleteToEnd, Control('K'));
        Assert.Equal(EditAction.Cancel, Control('C'));
        Assert.Equal(EditAction.EndOfInputOrDelete, Control('D'));
        Assert.Equal(EditAction.HistoryPrevious, Control('P'));
        Assert.Equal(EditAction.HistoryNext, Control('N'));
        Assert.Equal(EditAction.SearchHistory, Control('R'));
        Assert.Equal(EditAction.Abort, Control('G'));
        Assert.Equal(EditAction.Escape, Key(ConsoleKey.Escape, '\x1b'));
    }

    [Fact]
    public void The_arrows_home_end_and_the_deleting_keys()
    {
        Assert.Equal(EditAction.Left, Key(ConsoleKey.LeftArrow));
        Assert.Equal(EditAction.Right, Key(ConsoleKey.RightArrow));
        Assert.Equal(EditAction.HistoryPrevious, Key(ConsoleKey.UpArrow));
        Assert.Equal(EditAction.HistoryNext, Key(ConsoleKey.DownArrow));
        Assert.Equal(EditAction.Home, Key(ConsoleKey.Home));
        Assert.Equal(EditAction.End, Key(ConsoleKey.End));
        Assert.Equal(EditAction.DeleteBefore, Key(ConsoleKey.Backspace, '\x7f'));
        Assert.Equal(EditAction.DeleteUnder, Key(ConsoleKey.Delete));
        Assert.Equal(EditAction.Accept, Key(ConsoleKey.Enter, '\r'));
    }

    [Fact]
    public void Printable_characters_are_typed_and_other_control_characters_ignored()
    {
        Assert.Equal(EditAction.Insert, Key(ConsoleKey.A, 'a'));
        Assert.Equal(EditAction.Insert, Key(ConsoleKey.Oem7, '"'));
        Assert.Equal(EditAction.Insert, Key((ConsoleKey)0, 'é'));
        Assert.Equal(EditAction.None, Key(ConsoleKey.F5));
        Assert.Equal(EditAction.None, Control('Z'));
    }
}
