using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Files;

/// <summary>
/// What the file built-ins remember per interpreter: the default directory set by
/// <c>Set Default Directory</c>, path variables set by <c>Set Path Variable</c>, and the files
/// <c>Include</c> is running. Kept in the
/// run's state (<see cref="RunState.Files"/>), never in process-wide state, so engines running side by side (tests)
/// do not see each other's settings.
/// </summary>
internal sealed class FileSystemState
{
    /// <summary>The directory relative paths resolve against outside included files, once a script has set one.</summary>
    public string? DefaultDirectory { get; set; }

    /// <summary>The files <c>Include</c> is running, the outermost first and the one running now last.</summary>
    public List<RunningFile> RunningFiles { get; } = [];

    /// <summary>The included file running now, or null while the top-level script runs.</summary>
    public RunningFile? Current => RunningFiles.Count > 0 ? RunningFiles[^1] : null;

    /// <summary>Path variables set by the script, by upper-case name.</summary>
    public Dictionary<string, string> PathVariables { get; } = new(StringComparer.OrdinalIgnoreCase);

}
