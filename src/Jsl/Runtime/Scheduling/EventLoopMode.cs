namespace Jsl.Runtime.Scheduling;

/// <summary>How a loop learns that a socket of an armed background operation is readable.</summary>
internal enum EventLoopMode
{
    /// <summary>
    /// An epoll set the loop owns, waited on by the script's own thread in <c>Wait</c>, idle and
    /// at the REPL's prompt: the read and the callback follow the readiness report with no thread
    /// hop (Linux). Elsewhere, or when the set cannot be made, this is <see cref="Async"/>.
    /// </summary>
    Readiness,

    /// <summary>.NET's asynchronous socket calls on pool threads, each completion posted to the loop.</summary>
    Async,
}

/// <summary>The choice of <see cref="EventLoopMode"/> for a new loop.</summary>
internal static class EventLoopModes
{
    /// <summary>The environment variable that picks the path: <c>async</c> for .NET's, anything else the default.</summary>
    public const string Variable = "JSL_EVENT_LOOP";

    /// <summary>
    /// Decision: <c>JSL_EVENT_LOOP=async</c> keeps the .NET asynchronous path (the tests run the
    /// socket suite both ways with it); unset or any other value means readiness where the
    /// platform has it. Read once per loop, so a host may change it between engines.
    /// </summary>
    public static EventLoopMode FromEnvironment() =>
        string.Equals(Environment.GetEnvironmentVariable(Variable)?.Trim(), "async", StringComparison.OrdinalIgnoreCase)
            ? EventLoopMode.Async
            : EventLoopMode.Readiness;
}
