using Jsl.Tests.Support;

namespace Jsl.Tests.ThirdParty;

/// <summary>
/// examples/hamcrest_tests.jsl, the unit-test script of docs/getting-started.md, run against a
/// copy of jsl-hamcrest: its report, and the exit status a build server reads.
/// </summary>
public sealed class HamcrestExampleTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private static string Example => Path.Combine(RepositoryPaths.Examples, "hamcrest_tests.jsl");

    [SkippableFact]
    public void Passing_tests_report_their_successes_and_exit_0()
    {
        using var copy = HamcrestCopy.Make();
        var result = JslProcess.Run(Limit, Example, copy.Root);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stderr}");
        Assert.Contains("successes         : 3\nfailures          : 0\n", result.Stdout);
        Assert.Contains("Label: Arithmetic ⮚ adds ⮚ 1", result.Stdout);
    }

    [SkippableFact]
    public void A_failing_test_is_reported_and_exits_1()
    {
        using var copy = HamcrestCopy.Make();
        var failing = Path.Combine(copy.Root, "failing_tests.jsl");
        var text = File.ReadAllText(Example);
        Assert.Contains("Expr( 2 + 2 ), 4 )", text);
        File.WriteAllText(failing, text.Replace("Expr( 2 + 2 ), 4 )", "Expr( 2 + 2 ), 5 )", StringComparison.Ordinal));
        var result = JslProcess.Run(Limit, failing, copy.Root + "/");
        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        Assert.Contains("successes         : 2\nfailures          : 1\n", result.Stdout);
    }

    [Fact]
    public void Without_the_framework_folder_it_says_how_to_run_it()
    {
        var result = JslProcess.Run(Limit, Example);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("usage: jsl hamcrest_tests.jsl /path/to/jsl-hamcrest", result.Stderr);
    }
}
