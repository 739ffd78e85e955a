using System.Globalization;
using Jsl.Tests.Sockets.Scripts;
using Jsl.Tests.Support;

namespace Jsl.Tests.Sockets.Faults;

/// <summary>
/// Issue 8, item 4: under <c>ulimit -n N</c>, from the lowest N at which <c>jsl -e 1</c> starts
/// up to 1024, a script that opens sockets of every kind until it is refused (STREAM Connect and
/// Accept, DGRAM Bind, background Accept Fast, Recv and RecvFrom) gets MFILE, never
/// "Out of memory.", an abort, a hang or a .NET message; and what the runtime needs afterwards
/// (Regex, Gzip, MD5, the resolver, JSON, Load Text File, Schedule) works, or at the lowest
/// limits, where the runtime itself has no room, says plainly that descriptors ran out.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed class DescriptorExhaustionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private static string Script => Path.Combine(RepositoryPaths.Root, "tests", "Jsl.Tests", "Sockets", "Faults", "exhaust_descriptors.jsl");

    /// <summary>What each need prints when it works.</summary>
    private static readonly Dictionary<string, string> Working = new()
    {
        ["regex"] = "b",
        ["gzip"] = "5",
        ["md5"] = "9DD4E461268C8034F5C8564E155C67A6",
        ["addr"] = "ok",
        ["json"] = "{\"a\":[1,2]}",
        ["text"] = "1",
        ["schedule"] = "ok",
    };

    private const string MFile = "MFILE: No more file descriptors are available. ";

    /// <summary>Words that must never reach the user, whatever the limit.</summary>
    private static readonly string[] Forbidden =
        ["Out of memory", "Could not load", "type initializer", "Unhandled", "Exception", "System.", "   at "];

    [Theory]
    [InlineData(0)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(256)]
    [InlineData(1024)]
    public void Exhausting_descriptors_with_sockets_gives_mfile_and_leaves_the_runtime_working(int limit) =>
        Check(limit == 0 ? LimitedJsl.LowestStartingLimit(aot: false) : limit, aot: false);

    [SkippableTheory]
    [InlineData(0)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(1024)]
    public void The_native_aot_build_does_the_same(int limit)
    {
        Skip.If(LimitedJsl.AotBinary is null, "set JSL_AOT to a NativeAOT jsl (dotnet publish src/Jsl.Cli -c Release -p:PublishAot=true -o DIR; JSL_AOT=DIR/jsl) to run this test");
        Check(limit == 0 ? LimitedJsl.LowestStartingLimit(aot: true) : limit, aot: true);
    }

    private static void Check(int limit, bool aot)
    {
        var run = LimitedJsl.Run(limit, aot, Bound, Script);
        var context = $"ulimit -n {limit}{(aot ? " (NativeAOT)" : "")}: exit {run.ExitCode}\nstdout:\n{run.Stdout}\nstderr:\n{run.Stderr}";
        Assert.False(run.TimedOut, $"hung for {Bound.TotalSeconds} s; {context}");
        foreach (var word in Forbidden)
        {
            Assert.False(run.Stdout.Contains(word, StringComparison.Ordinal) || run.Stderr.Contains(word, StringComparison.Ordinal), $"'{word}' reached the user; {context}");
        }
        if (run.ExitCode != 0)
        {
            // Only at the lowest limits: the runtime could not even load what the script's own
            // syntax needs, and says so in one line.
            Assert.True(run.ExitCode == 1 && run.Stdout.Length == 0, context);
            // The limit is named when it could be read (at the NativeAOT build's lowest limit not
            // even /proc/self/limits can be opened).
            Assert.Matches(@"^\S+: No more file descriptors are available( \(the limit is \d+ open files\))?\n$", run.Stderr);
            return;
        }
        Assert.True(run.Stderr.Length == 0, context);

        var lines = run.Lines.Select(l => l.Trim('"')).ToArray();
        foreach (var status in lines.Where(l => l.StartsWith("status ", StringComparison.Ordinal)))
        {
            var text = status["status ".Length..];
            var code = text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            Assert.True(code is "ok" || code == MFile, $"status '{text}'; {context}");
        }
        foreach (var phase in new[] { "exhausted", "closed" })
        {
            foreach (var (need, works) in Working)
            {
                var line = lines.SingleOrDefault(l => l.StartsWith($"{phase} {need} ", StringComparison.Ordinal));
                Assert.True(line is not null, $"no line for {phase} {need}; {context}");
                var said = line[$"{phase} {need} ".Length..];
                var plain = said == works || said.Contains("No more file descriptors are available", StringComparison.Ordinal);
                Assert.True(plain, $"{phase} {need}: '{said}'; {context}");
                // With room for sockets at all, the reserve leaves room for everything else.
                if (limit >= 100) Assert.True(said == works, $"{phase} {need}: '{said}' under ulimit -n {limit}; {context}");
            }
        }
        if (limit >= 100)
        {
            var opened = int.Parse(lines.Single(l => l.StartsWith("opened ", StringComparison.Ordinal))["opened ".Length..], CultureInfo.InvariantCulture);
            Assert.True(opened > 0, context);
            Assert.Contains("status connect " + MFile, lines);
        }
    }
}
