using System.Text;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Programs;

/// <summary>
/// What the RP object answers to <c>rp &lt;&lt; Message(...)</c>: the messages the Index's Run Program
/// examples send (Read, Write, Write EOF, Can Read, Can Write, Is Read EOF) and Kill and Get Exit
/// Code. Reading never blocks: it answers what has arrived so far.
/// </summary>
internal static class ProgramMessages
{
    private const string Reading = "Reading";
    private const string Writing = "Writing";
    private const string Process = "Process";

    /// <summary>Adds the RP object's messages to the table.</summary>
    public static void Register(MessageTable table)
    {
        var receiver = table.Receiver<ProgramValue>("Run Program");
        receiver
            .Add(Reading, "Read", static m =>
            {
                // Decision: Read answers the output that arrived since the last Read ("" when none),
                // as text, or as a blob with Read( "blob" ).
                var args = m.EvaluatedArgs(0, 1);
                var asBlob = args.Length == 1 && (args[0] is StringValue s && s.Value.Trim().Equals("blob", StringComparison.OrdinalIgnoreCase)
                    ? true
                    : args[0] is StringValue t && t.Value.Trim().Equals("text", StringComparison.OrdinalIgnoreCase)
                        ? false
                        : throw m.Send.Error("Read takes \"text\" or \"blob\""));
                return asBlob ? new BlobValue(Of(m, 0, 1).TakeBytes()) : new StringValue(Of(m, 0, 1).TakeText());
            })
            .Add(Reading, "Can Read", static m => NumberValue.Of(Of(m).HasOutput))
            .Add(Reading, "Is Read EOF", static m => NumberValue.Of(Of(m).IsReadEof))
            .Add(Writing, "Write", static m =>
            {
                // Decision: Write answers 1 when the data went to the program, 0 when its input is
                // closed (after Write EOF, or once it ended).
                var data = m.EvaluatedArgs(1, 1)[0] switch
                {
                    StringValue text => Encoding.UTF8.GetBytes(text.Value),
                    BlobValue blob => blob.Bytes,
                    var other => throw m.Send.Error($"Write needs a string or a blob, not a {other.TypeName}"),
                };
                return NumberValue.Of(Of(m, 1, 1).Write(data));
            })
            .Add(Writing, "Write EOF", static m =>
            {
                Of(m).CloseInput();
                return EmptyValue.Instance;
            })
            .Add(Writing, "Can Write", static m => NumberValue.Of(Of(m).CanWrite))
            // Decision: Kill answers 1 when it ended a running program, 0 when the program had already exited.
            .Add(Process, "Kill", static m => NumberValue.Of(Of(m).Kill()))
            // Decision: the exit code is missing (.) while the program runs; a killed program's is what the system reports (137 for SIGKILL).
            .Add(Process, "Get Exit Code", static m => Of(m).ExitCode is { } code ? NumberValue.Of(code) : NumberValue.Missing);
    }

    private static RunningProgram Of(MessageCall m, int min = 0, int max = 0)
    {
        m.RequireCount(min, max);
        return ((ProgramValue)m.Receiver).Program;
    }
}
