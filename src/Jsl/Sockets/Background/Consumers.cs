namespace Jsl.Sockets.Background;

/// <summary>How both paths of background operations hand a result to their consumer.</summary>
internal static class Consumers
{
    /// <summary>A consumer that never ends its operation itself (tests, hosts).</summary>
    public static Func<TResult, bool> Always<TResult>(Action<TResult> consumer)
    {
        ArgumentNullException.ThrowIfNull(consumer);
        return result =>
        {
            consumer(result);
            return true;
        };
    }

    /// <summary>
    /// Hands a non-terminal <paramref name="result"/> to <paramref name="consumer"/>; when it
    /// says to stop, or throws (the exception goes on to the drain's caller, which reports it),
    /// <paramref name="operation"/> is disposed. Returns whether the operation goes on.
    /// </summary>
    public static bool Hand<TResult>(Func<TResult, bool> consumer, TResult result, IDisposable operation)
    {
        bool more;
        try
        {
            more = consumer(result);
        }
        catch
        {
            operation.Dispose();
            throw;
        }
        if (!more) operation.Dispose();
        return more;
    }
}
