using System.Text.RegularExpressions;
using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Strings;

/// <summary>
/// Runs a regex so that a cancelled run (<c>--timeout</c>, Ctrl-C, the host's token) stops a
/// match that backtracks for a long time (<c>Regex(64,000 x, "(.*)bus(.*)")</c> takes most of a
/// minute). .NET's regex engine cannot be cancelled, only timed out, so the match is tried with a
/// time slice that doubles on each retry, the token looked at between tries: the whole costs at
/// most about twice the match itself, and a cancellation is noticed within about the time already
/// spent. Without a token that can fire, the match runs once with no limit, as before.
/// </summary>
internal static class CancellableRegex
{
    private static readonly TimeSpan FirstSlice = TimeSpan.FromMilliseconds(50);

    /// <summary>The last slice; past it the match runs to its end.</summary>
    private static readonly TimeSpan LastSlice = TimeSpan.FromSeconds(30);

    /// <summary><paramref name="operation"/> on <paramref name="regex"/>, stoppable by the run's cancellation.</summary>
    public static T Run<T>(CallContext c, Regex regex, Func<Regex, T> operation)
    {
        var token = c.Interpreter?.State.Budget.Cancellation ?? CancellationToken.None;
        if (!token.CanBeCanceled) return operation(regex);
        for (var slice = FirstSlice; slice <= LastSlice; slice *= 2)
        {
            c.Interpreter!.State.Budget.ThrowIfCancelled(c.Call);
            try
            {
                return operation(RegexCache.Get(regex.ToString(), regex.Options, slice));
            }
            catch (RegexMatchTimeoutException)
            {
                // Not an answer: try again with a longer slice unless the run was cancelled meanwhile.
            }
        }
        c.Interpreter!.State.Budget.ThrowIfCancelled(c.Call);
        return operation(regex);
    }
}
