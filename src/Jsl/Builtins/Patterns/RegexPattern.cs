using System.Text.RegularExpressions;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Patterns;

/// <summary>
/// <c>Pat Regex("...")</c>: the regular expression matched at the cursor (it does not skip ahead).
/// It offers one alternative, the regex engine's own choice.
/// </summary>
internal sealed class RegexPattern(string source, Regex anchored) : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        var match = anchored.Match(state.Text, position);
        if (match.Success && match.Index == position) yield return position + match.Length;
    }

    public override string ToString() => $"Pat Regex({ValueFormatter.ToCode(new StringValue(source))})";
}
