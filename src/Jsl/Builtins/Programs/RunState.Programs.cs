using Jsl.Builtins.Programs;

// The Run Program facility's part of the run state, declared beside it.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    /// <summary>The programs <c>Run Program</c> started in this run.</summary>
    public ProgramRegistry Programs { get; } = new();
}
