using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Programs;

/// <summary><c>Run Program(...)</c>: controls an external program through its standard input and output.</summary>
internal static class RunProgramBuiltins
{
    private const string Category = "Programs";

    /// <summary>How often the blocking form calls its write function while it waits.</summary>
    private static readonly TimeSpan WriteInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Adds this category's function and the RP object's messages to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Run Program", Run);
        ProgramMessages.Register(table.Messages);
    }

    /// <summary>
    /// Three forms: <c>Read Function("text")</c> (or <c>"blob"</c>) waits for the program to end and
    /// returns all it wrote to standard output as a string (a blob); a read function as a function
    /// returns the RP object at once and calls the function as output arrives (in <c>Wait</c> and
    /// after the script); with no read function the RP object is returned and the script reads
    /// with <c>&lt;&lt; Read</c> itself. A program that cannot be started is a JSL error at the call.
    /// Decision: in that last form the program does not keep the run alive (nothing would be called
    /// back); it is killed if it still runs when the run ends with an error, Stop() or a signal.
    /// </summary>
    private static Value Run(CallContext c)
    {
        var args = RunProgramArguments.Read(c);
        var interpreter = c.Interpreter;
        interpreter.Log.Flush();
        var program = RunningProgram.Start(args.Executable, args.Options, interpreter.Diagnostics, out var error)
            ?? throw c.Error($"Run Program: cannot run \"{args.Executable}\": {error}");
        interpreter.State.Programs.Add(program);
        var value = new ProgramValue(program, args.Executable);
        if (args.CollectAs is { } form) return Collect(c, value, args, form == "text");
        if (args.ReadFunction is not null || args.WriteFunction is not null)
        {
            _ = new ProgramSession(interpreter.State.EnsureLoop(), value,
                args.ReadFunction is { } read ? new ProgramCallback(interpreter, read, c.Scope, c.Call, "read function") : null,
                args.WriteFunction is { } write ? new ProgramCallback(interpreter, write, c.Scope, c.Call, "write function") : null,
                args.Parameter);
        }
        return value;
    }

    /// <summary>
    /// The blocking form: waits (cancellably) for the program to exit and its output to end, calling
    /// the write function meanwhile if there is one. Decision: without a write function the
    /// program's standard input is closed at once, so a program that reads input sees its end
    /// instead of waiting for ever.
    /// </summary>
    private static Value Collect(CallContext c, ProgramValue value, RunProgramArguments args, bool asText)
    {
        var program = value.Program;
        if (args.WriteFunction is null) program.CloseInput();
        var cancellation = c.Interpreter.State.Budget.Cancellation;
        try
        {
            while (!program.IsFinished)
            {
                program.Changed.Reset();
                if (args.WriteFunction is { } write && program.CanWrite)
                {
                    c.Interpreter.Invoke(write, [value, args.Parameter], c.Scope);
                    program.Changed.Wait(WriteInterval, cancellation);
                }
                else if (!program.IsFinished)
                {
                    program.Changed.Wait(cancellation);
                }
            }
        }
        catch (OperationCanceledException)
        {
            program.Kill();
            throw StepBudget.Cancelled(c.Call);
        }
        catch
        {
            program.Kill();
            throw;
        }
        var output = program.TakeBytes();
        c.Limits.CheckBlob(output.Length, c.Call);
        return asText ? new StringValue(RunningProgram.Text(output)) : new BlobValue(output);
    }
}
