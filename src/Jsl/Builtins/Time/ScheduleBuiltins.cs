using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Time;

/// <summary>
/// <c>Schedule(seconds, script)</c> runs <c>script</c> once, <c>seconds</c> from now, on the script's
/// thread: while the script sits in <c>Wait</c> or after the main script has ended (a pending
/// schedule keeps the run alive, like an armed socket operation). <c>Clear Schedule()</c> cancels
/// every pending one.
/// </summary>
internal static class ScheduleBuiltins
{
    private const string Category = "Date and time";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Schedule", Schedule);
        table.Add(Category, "Clear Schedule", c =>
        {
            c.RequireCount(0, 0);
            Pending(c.Interpreter).CancelAll();
            return EmptyValue.Instance;
        });
    }

    private static Value Schedule(CallContext c)
    {
        c.RequireCount(2, 2);
        var seconds = c.Number(0);
        if (double.IsNaN(seconds) || seconds < 0) throw c.Error("Schedule needs a number of seconds, 0 or more");
        var loop = c.Interpreter.State.Loop ?? throw c.Error("Schedule needs a host that runs background work");
        var interpreter = c.Interpreter;
        var script = c.ArgNode(1);
        var scope = c.Scope;
        var pending = Pending(interpreter);
        IDisposable? handle = null;
        handle = loop.ScheduleAfter(TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue / 1000.0)), () =>
        {
            pending.Remove(handle!);
            try
            {
                interpreter.EvalTopLevel(script, scope);
            }
            catch (JslStop)
            {
                throw;
            }
            catch (JslException e) when (interpreter.State.Budget.IsCancellation(e))
            {
                // The run was cancelled while the scheduled script ran: the whole run ends.
                throw interpreter.State.Budget.Unwinding(e);
            }
            catch (JslException e)
            {
                interpreter.State.BackgroundErrors.Report(e);
            }
            finally
            {
                interpreter.Log.Flush();
            }
        });
        pending.Add(handle);
        return EmptyValue.Instance;
    }

    private static PendingSchedules Pending(Interpreter interpreter) => interpreter.State.Schedules;
}
