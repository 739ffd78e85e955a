using Jsl.Runtime.Output;
using Jsl.Runtime.Values;
using Jsl.Sockets.Resolution;
using Xunit;

namespace Jsl.Tests.Sockets.Scripts;

/// <summary>
/// Runs a JSL script through the <see cref="Engine"/> as <c>jsl FILE</c> does (the main script,
/// then the idle loop until nothing is armed) on a thread with a large stack, bounded in time.
/// </summary>
internal sealed class ScriptRun
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(30);

    private readonly StringWriter output = new();
    private readonly StringWriter diagnostics = new();

    private ScriptRun()
    {
    }

    /// <summary>The value of the script's last expression (Empty after an error).</summary>
    public Value Value { get; private set; } = EmptyValue.Instance;

    /// <summary>The reports of an uncaught error, empty when the script ran through.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Callbacks that failed (each reported in <see cref="Diagnostics"/>).</summary>
    public int BackgroundErrors { get; private set; }

    /// <summary>The log, line by line.</summary>
    public string[] Lines => Log.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The whole log.</summary>
    public string Log
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>What went to standard error: callback errors, traces.</summary>
    public string Diagnostics
    {
        get
        {
            lock (diagnostics) return diagnostics.ToString();
        }
    }

    /// <summary>The engine (for a test that drives it further).</summary>
    public Engine Engine { get; private set; } = null!;

    public static ScriptRun Run(string script, INameResolver? resolver = null, bool trace = false, TimeSpan? limit = null, bool idle = true)
    {
        var run = new ScriptRun();
        var engine = new Engine(new TextWriterLogSink(TextWriter.Synchronized(run.output)), TextWriter.Synchronized(run.diagnostics));
        run.Engine = engine;
        if (resolver is not null) engine.Interpreter.State.NameResolver = resolver;
        engine.TraceSockets = trace;
        var bound = limit ?? DefaultLimit;
        using var cancellation = new CancellationTokenSource(bound);
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                run.Value = engine.EvaluateValue(script, "test.jsl");
                if (idle) engine.RunPending(cancellation.Token);
            }
            catch (JslScriptException e)
            {
                run.Errors = e.Reports;
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 64 * 1024 * 1024) { IsBackground = true, Name = "jsl test script" };
        thread.Start();
        if (!thread.Join(bound + TimeSpan.FromSeconds(5)))
        {
            engine.CloseSockets();
            Assert.Fail($"the script did not finish within {bound.TotalSeconds} s; log so far:\n{run.Log}\nstderr:\n{run.Diagnostics}");
        }
        if (failure is not null) Assert.Fail($"the run failed: {failure}\nlog:\n{run.Log}\nstderr:\n{run.Diagnostics}");
        run.BackgroundErrors = engine.BackgroundErrorCount;
        return run;
    }

    /// <summary>Runs and requires no uncaught error and no failed callback.</summary>
    public static ScriptRun Ok(string script, INameResolver? resolver = null, bool trace = false, TimeSpan? limit = null)
    {
        var run = Run(script, resolver, trace, limit);
        Assert.True(run.Errors.Count == 0, $"uncaught error: {string.Join("\n", run.Errors)}\nlog:\n{run.Log}");
        Assert.True(run.BackgroundErrors == 0, $"a callback failed:\n{run.Diagnostics}\nlog:\n{run.Log}");
        return run;
    }

    /// <summary>Runs and returns the one uncaught error report.</summary>
    public static string Error(string script, INameResolver? resolver = null)
    {
        var run = Run(script, resolver);
        Assert.True(run.Errors.Count == 1, $"expected one uncaught error, got {run.Errors.Count}; log:\n{run.Log}");
        return run.Errors[0];
    }
}
