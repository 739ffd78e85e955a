using Jsl.Builtins.Files;

// The file built-ins' part of the run state, declared beside them.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private FileSystemState? files;

    /// <summary>The default directory and path variables of this run, made on first use.</summary>
    public FileSystemState Files => files ??= new FileSystemState();
}
