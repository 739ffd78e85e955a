using System.Text;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Programs;

/// <summary>
/// The RP object <c>Run Program</c> returns (and passes to its read and write functions as
/// <c>this</c>): the running program, answering Read, Write, Write EOF, Is Read EOF, Can Read,
/// Can Write, Kill and Get Exit Code.
/// </summary>
internal sealed class ProgramValue(RunningProgram program, string executable) : ObjectValue
{
    /// <summary>The program.</summary>
    public RunningProgram Program { get; } = program;

    /// <summary>The executable as the script named it.</summary>
    public string Executable { get; } = executable;

    /// <summary>Decision: JMP's Type() name for the object is not documented; it is a scriptable object.</summary>
    public override string TypeName => "Scriptable";

    /// <summary>Decision: prints as <c>Run Program( "cat" )</c>, naming the executable; JMP does not document it.</summary>
    public override string DisplayText
    {
        get
        {
            var text = new StringBuilder("Run Program( ");
            ValueFormatter.AppendQuoted(text, Executable);
            return text.Append(" )").ToString();
        }
    }
}
