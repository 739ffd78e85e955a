using Jsl.Runtime.Classes;

// The classes' part of the run state, declared beside them.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private ClassRegistry? classes;

    /// <summary>The classes defined in this run, made on first use.</summary>
    public ClassRegistry Classes => classes ??= new ClassRegistry();
}
