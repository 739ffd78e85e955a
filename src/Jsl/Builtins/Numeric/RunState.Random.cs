// The random built-ins' part of the run state, declared beside them.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private Random? random;

    /// <summary>This run's generator: seeded from the clock until <c>Random Reset</c> replaces it.</summary>
    public Random Random
    {
        get => random ??= new Random();
        set => random = value;
    }
}
