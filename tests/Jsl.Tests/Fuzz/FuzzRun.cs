using System.Diagnostics;

namespace Jsl.Tests.Fuzz;

/// <summary>
/// Checks and runs one fuzzed input in-process with a step and time budget, and says what went
/// wrong with it, if anything: a .NET exception escaping the engine, a .NET message inside a JSL
/// error, or a <c>check</c> that took too long.
/// </summary>
public static class FuzzRun
{
    /// <summary>The most loop iterations and function calls one input may take.</summary>
    public const long StepLimit = 20_000;

    /// <summary>The longest one input may run before it is cancelled.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest <c>check</c> (parsing alone) may take on one input.</summary>
    public static readonly TimeSpan CheckLimit = TimeSpan.FromSeconds(2);

    // What .NET's own exception messages say; a JSL error must speak the script's language instead.
    private static readonly string[] DotNetPhrases =
    [
        "Index was out of range", "Object reference not set", "Value cannot be null", "(Parameter '",
        "Specified argument was out of the range", "Arithmetic operation resulted in an overflow",
        "Input string was not in a correct format", "Unable to cast object", "Sequence contains",
        "Nullable object must have a value", "The given key", "Collection was modified",
        "Exception of type", "Operation is not valid due to", "Non-negative number required",
        "Destination array was not long enough", "Attempted to divide by zero", "System.",
    ];

    /// <summary>Runs <paramref name="script"/>; null when it behaved (ran, or failed with a JSL error), else what it did wrong.</summary>
    /// <param name="script">The input.</param>
    /// <param name="parsed">Whether the input had no syntax error (so it ran at all).</param>
    public static string? Problem(string script, out bool parsed)
    {
        var watch = Stopwatch.StartNew();
        parsed = false;
        try
        {
            parsed = Engine.Check(script, "fuzz.jsl").Count == 0;
        }
        catch (Exception e)
        {
            return $"check threw {e.GetType().Name}: {e.Message}";
        }
        if (watch.Elapsed > CheckLimit) return $"check took {watch.Elapsed.TotalSeconds:0.0} s";

        var engine = new Engine(new DiscardingLogSink(), TextWriter.Null) { StepLimit = StepLimit };
        engine.Limits.MaxStringLength = 1_000_000;
        engine.Limits.MaxListLength = 100_000;
        engine.Limits.MaxMatrixElements = 1_000_000;
        using var timeout = new CancellationTokenSource(TimeLimit);
        engine.Cancellation = timeout.Token;
        try
        {
            engine.Evaluate(script, "fuzz.jsl");
            engine.RunPending(timeout.Token);
        }
        catch (JslScriptException e)
        {
            return DotNetPhrase(e.Message, script) is string phrase ? $"a .NET message in a JSL error ({phrase}): {e.Message}" : null;
        }
        catch (OperationCanceledException)
        {
            // RunPending's documented way to stop at the token (background work past the time limit).
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name} escaped: {e.Message}";
        }
        finally
        {
            engine.CloseSockets();
        }
        return null;
    }

    /// <summary>A .NET phrase in <paramref name="message"/> that the script's own text does not hold (an error may quote the script).</summary>
    private static string? DotNetPhrase(string message, string script) =>
        DotNetPhrases.FirstOrDefault(p => message.Contains(p, StringComparison.Ordinal) && !script.Contains(p, StringComparison.Ordinal));
}
