using Jsl.Cli.Interactive;

namespace Jsl.Tests.Cli.Interactive;

/// <summary>The prompt's editing buffer: what each editing key does to the line and the cursor.</summary>
public sealed class LineBufferTests
{
    private static LineBuffer Typed(string text)
    {
        var line = new LineBuffer();
        line.Insert(text);
        return line;
    }

    [Fact]
    public void Typing_after_moving_left_inserts_at_the_cursor()
    {
        var line = Typed("Print( x )");
        for (var i = 0; i < 2; i++) line.MoveLeft();
        line.Insert('y');
        Assert.Equal("Print( xy )", line.Text);
        Assert.Equal(9, line.Cursor);
    }

    [Fact]
    public void Moves_stop_at_the_ends_and_say_so()
    {
        var line = Typed("ab");
        Assert.False(line.MoveRight());
        Assert.True(line.MoveHome());
        Assert.False(line.MoveLeft());
        Assert.Equal(0, line.Cursor);
        Assert.True(line.MoveEnd());
        Assert.Equal(2, line.Cursor);
    }

    [Fact]
    public void Backspace_and_delete_remove_before_and_under_the_cursor()
    {
        var line = Typed("abcd");
        line.MoveLeft();
        line.MoveLeft();
        Assert.True(line.DeleteBefore());
        Assert.Equal("acd", line.Text);
        Assert.True(line.DeleteUnder());
        Assert.Equal("ad", line.Text);
        Assert.Equal(1, line.Cursor);
        line.MoveHome();
        Assert.False(line.DeleteBefore());
        line.MoveEnd();
        Assert.False(line.DeleteUnder());
    }

    [Fact]
    public void Ctrl_w_deletes_the_word_before_the_cursor_and_the_spaces_after_it()
    {
        var line = Typed("Print( total  ");
        Assert.True(line.DeleteWordBefore());
        Assert.Equal("Print( ", line.Text);
        Assert.True(line.DeleteWordBefore());
        Assert.Equal("", line.Text);
        Assert.False(line.DeleteWordBefore());
    }

    [Fact]
    public void Ctrl_u_and_ctrl_k_delete_to_the_start_and_to_the_end()
    {
        var line = Typed("one two");
        for (var i = 0; i < 3; i++) line.MoveLeft();
        Assert.True(line.DeleteToEnd());
        Assert.Equal("one ", line.Text);
        line.MoveLeft();
        Assert.True(line.DeleteToStart());
        Assert.Equal(" ", line.Text);
        Assert.Equal(0, line.Cursor);
    }

    [Fact]
    public void A_recalled_line_replaces_the_text_with_the_cursor_at_its_end()
    {
        var line = Typed("draft");
        line.MoveHome();
        line.Replace("1 + 2");
        Assert.Equal("1 + 2", line.Text);
        Assert.Equal(5, line.Cursor);
    }

    [Fact]
    public void An_emoji_is_one_step_for_the_arrows_and_the_deleting_keys()
    {
        var line = Typed("x = \"\U0001F600\";");
        line.MoveLeft();
        line.MoveLeft();
        Assert.Equal(7, line.Cursor);
        line.MoveLeft();
        Assert.Equal(5, line.Cursor);
        Assert.True(line.DeleteUnder());
        Assert.Equal("x = \"\";", line.Text);
        line.Insert("\U0001F600");
        Assert.True(line.DeleteBefore());
        Assert.Equal("x = \"\";", line.Text);
        Assert.Equal(5, line.Cursor);
    }

    [Fact]
    public void A_letter_with_a_combining_accent_is_one_step()
    {
        var line = Typed("cafe\u0301!");
        line.MoveLeft();
        line.MoveLeft();
        Assert.Equal(3, line.Cursor);
        line.MoveRight();
        Assert.Equal(5, line.Cursor);
        Assert.True(line.DeleteBefore());
        Assert.Equal("caf!", line.Text);
    }
}
