// As Constant's part of the run state, declared beside it.
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private Dictionary<CallNode, Value>? constants;

    /// <summary>The value each <c>As Constant(...)</c> call computed the first time it ran, by call.</summary>
    public Dictionary<CallNode, Value> Constants => constants ??= new(ReferenceEqualityComparer.Instance);
}
