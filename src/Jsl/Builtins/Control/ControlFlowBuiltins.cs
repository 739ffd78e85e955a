using Jsl.Builtins.Core;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Control;

/// <summary>Control flow, all ordinary functions in JSL: <c>If</c>, <c>IfMZ</c>, <c>Match</c>, <c>Choose</c>, <c>For</c>, <c>While</c>, <c>For Each</c>, <c>Break</c>, <c>Continue</c>, <c>Stop</c>, <c>Wait</c>.</summary>
internal static class ControlFlowBuiltins
{
    private const string Category = "Control flow";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "If", c => If(c, missingIsFalse: false));
        table.Add(Category, "IfMZ", c => If(c, missingIsFalse: true));
        table.Add(Category, "Match", c => Match(c, missingIsZero: false));
        table.Add(Category, "MatchMZ", c => Match(c, missingIsZero: true));
        table.Add(Category, "Choose", Choose);
        table.Add(Category, "For", For);
        table.Add(Category, "While", While);
        table.Add(Category, "Break", c => Signal(c, ControlSignal.Break));
        table.Add(Category, "Continue", c => Signal(c, ControlSignal.Continue));
        table.Add(Category, "Stop", c => throw new JslStop());
        table.Add(Category, "Quit", c => throw new JslStop(QuitStatus.Of(c, "Quit")));
        table.Add(Category, "Exit", c => throw new JslStop(QuitStatus.Of(c, "Exit")));
        table.Add(Category, "Wait", c =>
        {
            c.RequireCount(0, 1);
            var seconds = c.Number(0, 3);
            c.Interpreter.Log.Flush();
            Pause(c.Interpreter, double.IsNaN(seconds) ? 0 : seconds, c.Call);
            return EmptyValue.Instance;
        });
        table.SetPreparer("If", (interpreter, call, _) => call.Args.Count switch
        {
            2 => IfElseCall.For(call, interpreter.Prepare(call.Args[0]), interpreter.Prepare(call.Args[1]), null),
            3 => IfElseCall.For(call, interpreter.Prepare(call.Args[0]), interpreter.Prepare(call.Args[1]), interpreter.Prepare(call.Args[2])),
            >= 1 => new IfCall(call, interpreter.PrepareArgs(call), missingIsFalse: false),
            _ => null,
        });
        table.SetPreparer("IfMZ", (interpreter, call, _) => call.Args.Count >= 1 ? new IfCall(call, interpreter.PrepareArgs(call), missingIsFalse: true) : null);
        table.SetPreparer("For", (interpreter, call, _) => call.Args.Count is 3 or 4 ? PrepareFor(interpreter, call) : null);
        table.SetPreparer("While", (interpreter, call, _) => call.Args.Count is 1 or 2
            ? new WhileCall(call, interpreter.Prepare(call.Args[0]), call.Args.Count == 2 ? interpreter.Prepare(call.Args[1]) : null)
            : null);
    }

    /// <summary>
    /// <c>For</c> prepared: a counted loop (<c>i &lt;= n</c>, then <c>i++</c>, <c>i--</c>, <c>i += k</c>
    /// or <c>i -= k</c> on the same name) with its condition and step compiled in where the
    /// condition's call can compile them (<see cref="NumberPairCall.PrepareFor"/>), else as written.
    /// </summary>
    private static Executable PrepareFor(Interpreter interpreter, CallNode call)
    {
        var init = interpreter.Prepare(call.Args[0]);
        var condition = interpreter.Prepare(call.Args[1]);
        var increment = interpreter.Prepare(call.Args[2]);
        var body = call.Args.Count == 4 ? interpreter.Prepare(call.Args[3]) : null;
        if (condition is NumberPairCall comparison && CountedStep(call.Args[2], increment) is var (counter, delta)
            && comparison.PrepareFor(call, init, increment, body, counter, delta) is { } counted)
        {
            return counted;
        }
        return new ForCall(call, init, condition, increment, body);
    }

    /// <summary>The name and the amount of a step <c>i++</c>, <c>i--</c>, <c>i += k</c> or <c>i -= k</c> (k written as a number), as prepared; null for any other step.</summary>
    private static (Jsl.Syntax.Symbol Counter, double Delta)? CountedStep(Node step, Executable prepared) => (step, prepared) switch
    {
        (CallNode { Qualifier: null, Args: [NameNode { Scope: NameScope.Unqualified } name] } c, StepNameCall)
            => ReferenceEquals(c.Head, Heads.PostIncrement) ? (name.Symbol, 1)
            : ReferenceEquals(c.Head, Heads.PostDecrement) ? (name.Symbol, -1)
            : null,
        (CallNode { Qualifier: null, Args: [NameNode { Scope: NameScope.Unqualified } name, NumberNode k] } c, CompoundNameCall)
            => ReferenceEquals(c.Head, Heads.AddTo) ? (name.Symbol, k.Value)
            : ReferenceEquals(c.Head, Heads.SubtractTo) ? (name.Symbol, -k.Value)
            : null,
        _ => null,
    };

    /// <summary>
    /// <c>Wait(x)</c>: pumps the run's event loop for <c>x</c> seconds (<c>0</c>: runs what is due), so
    /// background callbacks run while the script waits; with no loop (a bare interpreter) it sleeps.
    /// Decision: a negative <c>x</c> pauses <c>|x|</c> seconds without running callbacks.
    /// </summary>
    private static void Pause(Interpreter interpreter, double seconds, Node at)
    {
        var loop = interpreter.State.Loop;
        var span = TimeSpan.FromSeconds(Math.Min(Math.Abs(seconds), int.MaxValue / 1000.0));
        var budget = interpreter.State.Budget;
        if (seconds < 0 || loop is null)
        {
            budget.Cancellation.WaitHandle.WaitOne(span);
            budget.ThrowIfCancelled(at);
            return;
        }
        try
        {
            loop.RunFor(span, budget.Cancellation);
        }
        catch (OperationCanceledException)
        {
            throw StepBudget.Cancelled(at);
        }
    }

    private static Value Signal(CallContext c, ControlSignal signal)
    {
        c.Interpreter.Signal = signal;
        return EmptyValue.Instance;
    }

    /// <summary>A condition's truth: 1 true, 0 false, NaN missing. A non-number condition is an error.</summary>
    private static double Condition(CallContext c, Node node) => Conditions.Truth(c.Eval(node), c.Call);

    private static Value If(CallContext c, bool missingIsFalse)
    {
        c.RequireCount(1);
        var args = c.Call.Args;
        var allMissing = true;
        var i = 0;
        for (; i + 1 < args.Count; i += 2)
        {
            var truth = Conditions.Truth(c.Eval(args[i]), c.Call, missingIsFalse);
            if (c.Interpreter.Signal != ControlSignal.None) return EmptyValue.Instance;
            if (double.IsNaN(truth))
            {
                if (missingIsFalse) allMissing = false;
                continue;
            }
            allMissing = false;
            if (truth != 0) return c.Eval(args[i + 1]);
        }
        // JSL Syntax Reference: when every condition is missing, If is missing (the else is not taken).
        if (allMissing && i > 0) return NumberValue.Missing;
        if (i < args.Count) return c.Eval(args[i]);
        return NumberValue.Missing;
    }

    private static Value Match(CallContext c, bool missingIsZero)
    {
        c.RequireCount(1);
        var subject = c.Eval(0);
        if (missingIsZero && subject is NumberValue { IsMissing: true }) subject = NumberValue.Zero;
        var args = c.Call.Args;
        var i = 1;
        for (; i + 1 < args.Count; i += 2)
        {
            if (ValueEquality.AreEqual(subject, c.Eval(args[i]))) return c.Eval(args[i + 1]);
        }
        return i < args.Count ? c.Eval(args[i]) : NumberValue.Missing;
    }

    private static Value Choose(CallContext c)
    {
        c.RequireCount(2);
        var index = c.Number(0);
        if (double.IsNaN(index)) return NumberValue.Missing;
        var k = (int)index;
        if (k >= 1 && k < c.Count) return c.Eval(k);
        return c.Eval(c.Count - 1);
    }

    /// <summary>Runs one loop body; returns false when the loop must end (Break, Return).</summary>
    private static bool RunBody(CallContext c, Node body, Scope scope)
    {
        c.Interpreter.State.Budget.Step(c.Call);
        c.Interpreter.Eval(body, scope);
        return Conditions.ContinueAfterBody(c.Interpreter);
    }

    private static Value For(CallContext c)
    {
        c.RequireCount(3, 4);
        var args = c.Call.Args;
        var interpreter = c.Interpreter;
        interpreter.Eval(args[0], c.Scope);
        var body = args.Count == 4 ? args[3] : null;
        while (true)
        {
            if (body is null) interpreter.State.Budget.Step(c.Call);
            var truth = Condition(c, args[1]);
            if (double.IsNaN(truth) || truth == 0) break;
            if (body is not null && !RunBody(c, body, c.Scope)) break;
            interpreter.Eval(args[2], c.Scope);
        }
        return EmptyValue.Instance;
    }

    private static Value While(CallContext c)
    {
        c.RequireCount(1, 2);
        var args = c.Call.Args;
        while (true)
        {
            if (args.Count == 1) c.Interpreter.State.Budget.Step(c.Call);
            var truth = Condition(c, args[0]);
            if (double.IsNaN(truth) || truth == 0) break;
            if (args.Count == 2 && !RunBody(c, args[1], c.Scope)) break;
        }
        return EmptyValue.Instance;
    }
}
