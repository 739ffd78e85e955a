using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Patterns;

/// <summary>
/// One run of <c>Pat Match</c>: the subject text, the call (to evaluate deferred expressions and
/// store assignments), the conditional assignments waiting for overall success, and the step
/// budget that stops runaway backtracking.
/// </summary>
internal sealed class MatchState(CallContext context, string text, long stepLimit = MatchState.DefaultStepLimit)
{
    /// <summary>Decision: ten million node steps; far beyond any realistic match, small enough to stop a runaway one in seconds.</summary>
    public const long DefaultStepLimit = 10_000_000;

    private readonly List<(Node Target, Value Value)> pending = [];
    private long steps;

    // Null for a matcher tested on its own, with no interpreter behind its context.
    private readonly StepBudget? budget = context.Interpreter?.State.Budget;

    /// <summary>The subject text.</summary>
    public string Text { get; } = text;

    /// <summary>The <c>Pat Match</c> call.</summary>
    public CallContext Context { get; } = context;

    /// <summary>
    /// Counts one step of the matcher; raises a JSL error when the budget is spent. Each is a step
    /// of the run's budget too, so a host's step limit and cancellation stop a long match.
    /// </summary>
    public void Step()
    {
        budget?.Step(Context.Call);
        if (++steps > stepLimit)
        {
            throw Context.Error($"Pat Match: the pattern needed more than {stepLimit} matching steps (runaway backtracking?)");
        }
    }

    /// <summary>Decision: at most this many <c>Expr()</c> evaluations may be open at once inside one another.</summary>
    public const int DeferredDepthLimit = 10_000;

    private int deferredDepth;

    /// <summary>Enters a deferred <c>Expr()</c>; raises a JSL error when too many are open (endless recursion).</summary>
    public void EnterDeferred()
    {
        if (++deferredDepth > DeferredDepthLimit)
        {
            throw Context.Error($"Pat Match: more than {DeferredDepthLimit} Expr() patterns are open inside one another (an Expr() that refers to itself without consuming text?)");
        }
        EnsureStack();
    }

    /// <summary>Leaves a deferred <c>Expr()</c>.</summary>
    public void LeaveDeferred() => deferredDepth--;

    /// <summary>Raises a JSL error before deep nesting (a self-referring <c>Expr()</c>, a huge sequence) could overflow the stack.</summary>
    public void EnsureStack()
    {
        if (!Runtime.Errors.DepthGuard.HasRoom)
        {
            throw Context.Error("Pat Match: the pattern nests too deeply (an Expr() that refers to itself without consuming text?)");
        }
    }

    /// <summary>How many conditional assignments are waiting; pass it to <see cref="DropPendingFrom"/> to undo later ones.</summary>
    public int PendingCount => pending.Count;

    /// <summary>Records a conditional (<c>&gt;?</c>) assignment, made only if the whole match succeeds.</summary>
    public void AddPending(Node target, Value value) => pending.Add((target, value));

    /// <summary>Forgets conditional assignments recorded after <paramref name="count"/> were waiting (the matcher backed out of them).</summary>
    public void DropPendingFrom(int count)
    {
        if (pending.Count > count) pending.RemoveRange(count, pending.Count - count);
    }

    /// <summary>Makes the waiting conditional assignments, in the order they were recorded.</summary>
    public void CommitPending()
    {
        foreach (var (target, value) in pending) Store(target, value);
        pending.Clear();
    }

    /// <summary>Stores a value into a variable named in the pattern.</summary>
    public void Store(Node target, Value value) => Assignment.Store(Context, target, value);

    /// <summary>Evaluates a deferred expression (<c>Expr(...)</c> inside a pattern) now.</summary>
    public Value Evaluate(Node node) => Context.Eval(node);
}
