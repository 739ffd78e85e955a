using System.Diagnostics;
using Xunit.Abstractions;

namespace Jsl.Tests.Fuzz;

/// <summary>
/// Mutated scripts from the conformance files and the examples, each checked and run in-process
/// under a step and time budget: none may let a .NET exception escape, put a .NET message in its
/// error, or hang <c>check</c>. CI runs a fixed-seed batch; <c>JSL_FUZZ_COUNT=N</c> runs N inputs
/// (and <c>JSL_FUZZ_SEED</c> another seed) for a longer hunt. It runs alone (the collection of the
/// tests that measure CPU, threads and allocations): its thread would load the machine and
/// allocate under them.
/// </summary>
[Collection(Jsl.Tests.Sockets.Scripts.ProcessTestCollection.Name)]
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>The CI batch: about 65 s alone on the project's 2-core machine (some 2,400 inputs a second).</summary>
    private const int DefaultCount = 160_000;

    /// <summary>A host's ordinary 1 MB thread, the least room the depth guard must work in.</summary>
    private const int HostStack = 1024 * 1024;

    private const int DefaultSeed = 20261201;

    /// <summary>No input may run longer than this (its own time limit is far shorter); past it the run counts as hung.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public void Mutated_scripts_fail_only_with_JSL_errors_and_never_hang()
    {
        var count = EnvironmentNumber("JSL_FUZZ_COUNT", DefaultCount);
        var seed = EnvironmentNumber("JSL_FUZZ_SEED", DefaultSeed);
        var mutator = new ScriptMutator([.. FuzzSeeds.All.Where(FuzzSeeds.IsSafe)], new Random(seed));
        var problems = new List<string>();
        var current = "";
        var done = 0;
        var skipped = 0;
        var ran = 0;
        var watch = Stopwatch.StartNew();
        var worker = new Thread(() =>
        {
            while (done < count)
            {
                var script = mutator.Next();
                if (!FuzzSeeds.IsSafe(script))
                {
                    skipped++;
                    continue;
                }
                Volatile.Write(ref current, script);
                if (FuzzRun.Problem(script, out var parsed) is string problem) problems.Add(Report(problem, script));
                if (parsed) ran++;
                Interlocked.Increment(ref done);
            }
        }, HostStack) { IsBackground = true };
        worker.Start();

        var lastDone = -1;
        var lastProgress = Stopwatch.StartNew();
        while (!worker.Join(TimeSpan.FromMilliseconds(200)))
        {
            var now = Volatile.Read(ref done);
            if (now != lastDone)
            {
                lastDone = now;
                lastProgress.Restart();
            }
            else if (lastProgress.Elapsed > HangLimit)
            {
                Assert.Fail(Report($"input {now} hung for {HangLimit.TotalSeconds} s", Volatile.Read(ref current)));
            }
        }

        output.WriteLine($"{done} inputs from {FuzzSeeds.All.Count(FuzzSeeds.IsSafe)} of {FuzzSeeds.All.Count} seeds (seed {seed}, {skipped} mutants skipped as unsafe; {ran} free of syntax errors, so run) in {watch.Elapsed.TotalSeconds:0.0} s: {done / watch.Elapsed.TotalSeconds:0} per second");
        Assert.True(problems.Count == 0, $"{problems.Count} of {done} inputs misbehaved:\n" + string.Join("\n", problems.Take(20)));
    }

    /// <summary>A problem with its input, written to a temporary file (the input may be megabytes) and shown shortened.</summary>
    private static string Report(string problem, string script)
    {
        var file = Path.Combine(Path.GetTempPath(), $"jsl-fuzz-{Guid.NewGuid():N}.jsl");
        File.WriteAllText(file, script);
        var shown = script.Length > 300 ? script[..300] + "..." : script;
        return $"{problem} (input in {file}): {shown.ReplaceLineEndings(" ")}";
    }

    [Fact]
    public void The_harness_flags_a_NET_message_inside_a_JSL_error()
    {
        // The phrase is built at run time, so it is in the error and not in the script's text.
        var problem = FuzzRun.Problem("Throw( \"Index was \" || \"out of range\" )", out var parsed);
        Assert.True(parsed);
        Assert.NotNull(problem);
        Assert.Contains("Index was out of range", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_harness_passes_a_script_that_runs_or_fails_in_JSL_words()
    {
        Assert.Null(FuzzRun.Problem("x = 1 + 2", out _));
        Assert.Null(FuzzRun.Problem("While( 1, x = 1 )", out _));
        Assert.Null(FuzzRun.Problem("x = ;;(", out var parsed));
        Assert.False(parsed);
    }

    private static int EnvironmentNumber(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
