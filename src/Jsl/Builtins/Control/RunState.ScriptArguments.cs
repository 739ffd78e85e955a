// Script Arguments()' part of the run state, declared beside it.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    /// <summary>The command-line arguments after the script's name (set by the host), read by <c>Script Arguments()</c>.</summary>
    public IReadOnlyList<string> ScriptArguments { get; set; } = [];
}
