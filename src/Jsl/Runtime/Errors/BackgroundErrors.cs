using Jsl.Runtime.Evaluation;

namespace Jsl.Runtime.Errors;

/// <summary>
/// Errors raised by work the runtime runs in the background (socket callbacks, scheduled
/// scripts): each is reported on the diagnostics writer as <c>FILE:LINE:COL: message</c> when it
/// happens, and counted, because the run's exit status becomes 1 (spec §4). One per interpreter,
/// kept in the run state.
/// </summary>
internal sealed class BackgroundErrors
{
    private int _count;

    internal BackgroundErrors(Interpreter interpreter) => Interpreter = interpreter;

    /// <summary>The interpreter whose diagnostics writer reports go to.</summary>
    public Interpreter Interpreter { get; }

    /// <summary>How many background errors were reported.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Runs a callback of background work (a socket's, a program's) on the script's thread. Returns
    /// false when it raised a JSL error, which is reported with its position and counted; an error
    /// of ours (or memory run out outside any built-in) is reported the same way, worded by
    /// <paramref name="unexpected"/>, never as a raw .NET exception. <c>Stop()</c> propagates: it
    /// ends the whole run.
    /// </summary>
    public bool RunCallback(Action callback, Func<string, string> unexpected)
    {
        try
        {
            callback();
            return true;
        }
        catch (JslStop)
        {
            throw;
        }
        catch (JslException e) when (Interpreter.State.Budget.IsCancellation(e))
        {
            // The run was cancelled while the callback ran: that ends the whole run, not only this operation.
            throw Interpreter.State.Budget.Unwinding(e);
        }
        catch (JslException e)
        {
            Report(e);
            return false;
        }
        catch (Exception e) when (e is not InsufficientExecutionStackException)
        {
            Report(unexpected(Descriptors.DescriptorExhaustion.Explains(e) ? Descriptors.DescriptorExhaustion.Sentence
                : e is OutOfMemoryException ? Interpreter.OutOfMemoryMessage
                : e.Message));
            return false;
        }
    }

    /// <summary>Reports a JSL error as the engine reports an uncaught one.</summary>
    public void Report(JslException error) => Report(Describe(error));

    /// <summary>Reports one line and counts it.</summary>
    public void Report(string line)
    {
        Interlocked.Increment(ref _count);
        var diagnostics = Interpreter.Diagnostics;
        lock (diagnostics)
        {
            diagnostics.WriteLine(line);
            diagnostics.Flush();
        }
    }

    /// <summary><c>FILE:LINE:COL: message</c> for an error.</summary>
    public static string Describe(JslException e)
    {
        var message = e is JslRuntimeError runtimeError ? runtimeError.LogLine : e.Message;
        return e.Position.IsKnown ? $"{e.Position}: {message}" : message;
    }
}
