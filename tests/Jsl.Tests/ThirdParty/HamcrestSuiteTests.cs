using System.Text.RegularExpressions;
using Jsl.Tests.Support;

namespace Jsl.Tests.ThirdParty;

/// <summary>
/// jsl-hamcrest, SAS's JSL unit-test framework, runs its own suite: from its unedited entry point
/// (<c>Tests/RunTestsStandalone.jsl</c>), and through hamcrest_census.jsl, which loads the framework
/// the same way but records every assertion event so the cases can be counted. The cases that
/// need a display box or a data table are excluded by name; the cases that still fail are named
/// with their cause, so that a new failure and a newly passing case both show here.
/// </summary>
public sealed class HamcrestSuiteTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Cases that need a display box or a data table, which jsl does not provide.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["UnitTests/Addin/Reporters.jsl | AddinReporters | DetailsTreeReporterFactoryFunction"] = "needs Tree Box",
        ["UnitTests/Addin/Reporters.jsl | AddinReporters | BusyReporterFactoryFunction"] = "needs Busy Light",
        ["UnitTests/Addin/Reporters.jsl | AddinReporters | TimingReporterFactoryFunction"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | TitleMatcher | Mismatch"] = "needs Outline Box",
        ["UnitTests/Matchers/MessagesTest.jsl | TitleMatcher | MatchInfoSuccess"] = "needs Outline Box",
        ["UnitTests/Matchers/MessagesTest.jsl | TitleMatcher | MatchInfoFailure"] = "needs Outline Box",
        ["UnitTests/Matchers/MessagesTest.jsl | TextMatcher | Mismatch"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | TextMatcher | MatchInfoSuccess"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | TextMatcher | MatchInfoFailure"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | EnabledMatcher | Mismatch"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | EnabledMatcher | MatchInfoSuccess"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | EnabledMatcher | MatchInfoFailure"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | ClassNameMatcher | Mismatch"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | ClassNameMatcher | MatchInfoSuccess"] = "needs Text Box",
        ["UnitTests/Matchers/MessagesTest.jsl | ClassNameMatcher | MatchInfoFailure"] = "needs Text Box",
        ["UnitTests/Matchers/SizeTest.jsl | SizeTests | Avoids name collisions"] = "needs New Table",
        ["UnitTests/Reporters/DataTableReporterTest.jsl | DataTableReporter | FactoryFunction"] = "needs New Table",
        ["UnitTests/Reporters/DataTableReporterTest.jsl | DataTableReporter | Failure has 1 row"] = "needs New Table",
        ["UnitTests/Reporters/DataTableReporterTest.jsl | DataTableReporter | 2 Unexpected Throw has 2 rows"] = "needs New Table",
        ["UnitTests/Reporters/DataTableReporterTest.jsl | DataTableReporter | Success has 1 row"] = "needs New Table",
        ["UnitTests/Reporters/DataTableReporterTest.jsl | DataTableReporter | Skip has 1 row"] = "needs New Table",
        ["UnitTests/Reporters/DataTableReporterTest.jsl | DataTableReporter | Returns reference"] = "needs New Table",
        ["UnitTests/Reporters/DataTableReporterTest.jsl | DataTableReporter | Table visibility"] = "needs New Table",
        ["UnitTests/UtilsTests.jsl | Utils | GetShowString"] = "needs Text Box",
        ["UnitTests/UtilsTests.jsl | Utils | DetailedType"] = "needs Text Box",
    };

    /// <summary>Cases that fail today, each with its cause (the closing note lists them too).</summary>
    private static readonly Dictionary<string, string> KnownFailing = new(StringComparer.Ordinal)
    {
        ["UnitTests/MatchInfoTest.jsl | MatchInfo | Success"] = "the test expects lre, a method parameter defaulting to Empty(), to read back as missing (.); jsl keeps Empty(), and no documented rule turns one into the other",
    };

    /// <summary>What the census counts today: test cases, assertion events, and failing events.</summary>
    private const int ExpectedCases = 214;
    private const int ExpectedEvents = 371;
    private const int ExpectedFailingEvents = 26;

    [SkippableFact]
    public void The_suite_runs_unedited_from_its_own_entry_point_and_reports_the_failures_the_census_counts()
    {
        using var copy = HamcrestCopy.Make();
        var result = JslProcess.Run(Limit, Path.Combine(copy.Tests, "RunTestsStandalone.jsl"));
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stderr}");
        var failures = Regex.Matches(result.Stdout, "^FAILURE  Test #", RegexOptions.Multiline).Count;
        Assert.Equal(ExpectedFailingEvents, failures);
    }

    [SkippableFact]
    public void At_least_nine_cases_in_ten_pass_of_those_that_need_no_display_box_or_data_table()
    {
        using var copy = HamcrestCopy.Make();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "ThirdParty", "hamcrest_census.jsl"), Path.Combine(copy.Tests, "hamcrest_census.jsl"));
        var result = JslProcess.Run(Limit, Path.Combine(copy.Tests, "hamcrest_census.jsl"));
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Stderr}");
        var census = HamcrestCensus.Parse(result.Stdout, copy.Tests);
        Assert.Equal(census.DeclaredEvents, census.EventCount);

        var failing = census.Cases.Keys.Where(k => !census.Passed(k)).ToList();
        var unexpected = failing.Where(k => !Excluded.ContainsKey(k) && !KnownFailing.ContainsKey(k)).Select(k => $"{k}: {census.FirstProblem(k)}").ToList();
        Assert.True(unexpected.Count == 0, "cases that fail and are not listed:\n" + string.Join("\n", unexpected));
        var nowPassing = Excluded.Keys.Concat(KnownFailing.Keys).Where(k => !census.Cases.ContainsKey(k) || census.Passed(k)).ToList();
        Assert.True(nowPassing.Count == 0, "listed cases that pass or did not run (take them off the lists):\n" + string.Join("\n", nowPassing));

        var counted = census.Cases.Count - Excluded.Count;
        var passed = census.Cases.Keys.Count(k => !Excluded.ContainsKey(k) && census.Passed(k));
        Assert.True(passed >= 0.9 * counted, $"{passed} of {counted} cases pass");
        Assert.Equal(ExpectedCases, census.Cases.Count);
        Assert.Equal(ExpectedEvents, census.EventCount);
        Assert.Equal(ExpectedFailingEvents, census.Cases.Values.Sum(e => e.Count(x => x.Kind is not ("success" or "skip"))));
    }
}
