// The random built-ins' part of the run state, declared beside them.
using Jsl.Builtins.Numeric;

namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private SeedableRandom? random;

    /// <summary>This run's generator: seeded from the operating system until <c>Random Reset</c> replaces it.</summary>
    public SeedableRandom Random
    {
        get => random ??= new SeedableRandom();
        set => random = value;
    }
}
