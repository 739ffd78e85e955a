using Jsl.Builtins.Control;
using Jsl.Syntax.Tree;
using Jsl.Tests.Runtime.Evaluation;
using Xunit;

namespace Jsl.Tests.Builtins.Control;

/// <summary>Which For loops are prepared as counted loops (their condition and step compiled in) and which as written.</summary>
public class CountedForPreparationTests
{
    private static (Type Prepared, double Sum) PreparedFor(string loop)
    {
        var (root, sum) = PreparedTree.Run($"n = 3; s = 0; {loop}; s", fastPaths: true);
        var node = PreparedTree.Walk(root).OfType<CallNode>().Single(c => c.HeadText == "For");
        return (Assert.IsAssignableFrom<Jsl.Runtime.Evaluation.Executable>(node.Prepared).GetType(), sum);
    }

    [Theory]
    [InlineData("For( i = 1, i <= n, i++, s += i )", 6)]
    [InlineData("For( i = 1, i < 4, i += 1, s += i )", 6)]
    [InlineData("For( i = 3, i > 0, i--, s += i )", 6)]
    [InlineData("For( i = 3, i >= 1, i -= 1, s += i )", 6)]
    public void A_counter_compared_with_a_name_or_a_number_and_stepped_by_a_number_is_counted(string loop, double sum)
    {
        var (prepared, result) = PreparedFor(loop);
        Assert.StartsWith("CountedForCall", prepared.Name, StringComparison.Ordinal);
        Assert.Equal(sum, result);
    }

    [Theory]
    [InlineData("For( i = 1, i <= n, s++, i++ )")]
    [InlineData("For( i = 1, i <= n, i *= 2, s += i )")]
    [InlineData("For( i = 1, i <= n + 0, i++, s += i )")]
    [InlineData("For( i = 1, n >= i, i++, s += i )")]
    [InlineData("For( i = 1, i <= n, i += n / 3, s += i )")]
    public void Any_other_condition_or_step_runs_as_written(string loop) => Assert.Equal(typeof(ForCall), PreparedFor(loop).Prepared);
}
