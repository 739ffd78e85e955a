using Jsl.Runtime.Output;

namespace Jsl.Tests.Conformance;

/// <summary>
/// Runs every section of every tests/conformance/*.jsl file and compares output and errors with the
/// expectations written inside. Each section runs twice: with the evaluator's prepared fast paths
/// and with every call by the general route, so a fast path that drifts from its built-in shows.
/// </summary>
public sealed class ConformanceTests
{
    // Generous: a section takes well under a second here, but CI machines may be loaded many times over;
    // the bound only has to turn a hang into a failure.
    private static readonly TimeSpan SectionTimeLimit = TimeSpan.FromSeconds(90);

    public static TheoryData<string, bool> Sections()
    {
        var data = new TheoryData<string, bool>();
        foreach (var section in AllSections())
        {
            data.Add(section.ToString(), true);
            data.Add(section.ToString(), false);
        }
        return data;
    }

    private static IEnumerable<ConformanceSection> AllSections()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "conformance");
        return Directory.EnumerateFiles(folder, "*.jsl").Order(StringComparer.Ordinal).SelectMany(ConformanceFile.Sections);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Section_runs_as_expected(string name, bool fastPaths)
    {
        var section = AllSections().Single(s => s.ToString() == name);
        var (output, errors) = Run(section, fastPaths);
        var expected = string.Join("\n", section.ExpectedOutput);
        var actual = string.Join("\n", output);
        Assert.True(expected == actual, $"{section}: output differs\n--- expected\n{expected}\n--- actual\n{actual}\n--- errors\n{string.Join("\n", errors)}");
        Assert.Equal(section.ExpectedErrors.Count, errors.Count);
        for (var i = 0; i < errors.Count; i++)
        {
            var want = section.ExpectedErrors[i];
            var got = errors[i];
            var matches = want.EndsWith("...", StringComparison.Ordinal) ? got.StartsWith(want[..^3], StringComparison.Ordinal) : got == want;
            Assert.True(matches, $"{section}: error differs\n--- expected\n{want}\n--- actual\n{got}");
        }
    }

    /// <summary>Runs a section in a fresh engine on its own thread, bounded in time.</summary>
    private static (List<string> Output, List<string> Errors) Run(ConformanceSection section, bool fastPaths)
    {
        var stdout = new StringWriter();
        var sink = new TextWriterLogSink(stdout);
        var errors = new List<string>();
        var thread = new Thread(() =>
        {
            var engine = new Engine(sink, TextWriter.Null) { FastPaths = fastPaths };
            try
            {
                engine.Evaluate(section.Text, section.File);
            }
            catch (JslScriptException e)
            {
                errors.AddRange(e.Reports.Select(r => StripFile(r, section.File)));
            }
            sink.Finish();
        }, 64 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(SectionTimeLimit), $"{section}: did not finish within {SectionTimeLimit.TotalSeconds} s");
        var text = stdout.ToString();
        var lines = text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n').ToList();
        return (lines, errors);
    }

    private static string StripFile(string report, string file) =>
        report.StartsWith(file + ":", StringComparison.Ordinal) ? report[(file.Length + 1)..] : report;
}
