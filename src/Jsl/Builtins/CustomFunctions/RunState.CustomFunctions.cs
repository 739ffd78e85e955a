using Jsl.Builtins.CustomFunctions;

// The custom functions' part of the run state, declared beside them.
namespace Jsl.Runtime.Evaluation;

internal sealed partial class RunState
{
    private Dictionary<string, CustomFunctionValue>? customFunctions;

    /// <summary>The custom functions published in this run, by full name (<c>namespace:name</c>).</summary>
    public Dictionary<string, CustomFunctionValue> CustomFunctions => customFunctions ??= new(StringComparer.OrdinalIgnoreCase);
}
