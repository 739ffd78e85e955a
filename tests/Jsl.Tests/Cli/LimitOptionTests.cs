using Jsl.Tests.Support;

namespace Jsl.Tests.Cli;

/// <summary><c>jsl --limit NAME=N</c> and the default limits, as a user meets them (issue 8).</summary>
public sealed class LimitOptionTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Fact]
    public void A_string_doubled_40_times_gives_one_error_line_not_a_stack_trace()
    {
        // The repro, with the default limit of 268435456 characters.
        var result = JslProcess.Run(Limit, "-e", "s = \"x\"; For(i = 1, i <= 40, i++, s = s || s)");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("-e:1:41: A string of 536870912 characters would exceed the limit of 268435456 in access or evaluation of 'Concat' , s || /*###*/s\n", result.Stderr);
    }

    [Fact]
    public void Limit_sets_each_named_limit()
    {
        var result = JslProcess.Run(Limit, "--limit", "string=10", "--limit", "list=3", "--limit", "matrix=4",
            "-e", "Print(Try(Repeat(\"ab\", 6), \"s\")); Print(Try(Repeat({1}, 4), \"l\")); Print(Try(J(1, 5), \"m\")); Length(Repeat(\"ab\", 5)) + N Items(Repeat({1}, 3)) + N Cols(J(1, 4))");
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("\"s\"\n\"l\"\n\"m\"\n17\n", result.Stdout);
    }

    [Theory]
    [InlineData("size=10", "jsl: --limit size=10: unknown limit \"size\" (one of string, list or matrix)\n")]
    [InlineData("string=0", "jsl: --limit string=0: N must be a whole number above 0\n")]
    [InlineData("list=1e6", "jsl: --limit list=1e6: N must be a whole number above 0\n")]
    [InlineData("matrix", "jsl: --limit matrix: expected NAME=N, NAME being string, list or matrix\n")]
    public void A_bad_limit_is_a_usage_error(string setting, string message)
    {
        var result = JslProcess.Run(Limit, "--limit", setting, "-e", "Print(1)");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(message, result.Stderr);
    }
}
