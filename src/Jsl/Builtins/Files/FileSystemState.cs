using Jsl.Runtime.Evaluation;

namespace Jsl.Builtins.Files;

/// <summary>
/// What the file built-ins remember per interpreter: the default directory set by
/// <c>Set Default Directory</c> and path variables set by <c>Set Path Variable</c>. Kept in the
/// interpreter's services, never in process-wide state, so engines running side by side (tests)
/// do not see each other's settings.
/// </summary>
internal sealed class FileSystemState
{
    /// <summary>The directory relative paths resolve against, once a script has set one.</summary>
    public string? DefaultDirectory { get; set; }

    /// <summary>Path variables set by the script, by upper-case name.</summary>
    public Dictionary<string, string> PathVariables { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The state of <paramref name="interpreter"/>, created on first use.</summary>
    public static FileSystemState Of(Interpreter interpreter) => interpreter.Service<FileSystemState>();
}
