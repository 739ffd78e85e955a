namespace Jsl.Embedding.Tests;

/// <summary>Runs a piece of a test on its own thread and fails the test, instead of hanging it, when it does not finish in time.</summary>
internal static class Bounded
{
    /// <summary>The longest any one run may take; far above what a passing run needs.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static T Run<T>(Func<T> work)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(Limit), $"the run did not finish within {Limit.TotalSeconds} s");
        return task.Result;
    }

    /// <summary>The exception <paramref name="work"/> throws (the test fails when it throws none, or another kind).</summary>
    public static TException Throws<TException>(Action work) where TException : Exception =>
        Run(() => Assert.Throws<TException>(work));
}
