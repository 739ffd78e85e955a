using Jsl.Runtime.Formatting;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Patterns;

/// <summary>
/// <c>Pat Any</c>, <c>Pat Not Any</c>, <c>Pat Span</c> and <c>Pat Break</c>. As in SNOBOL, Span and
/// Break offer a single alternative: backing into them does not shorten the run.
/// </summary>
internal sealed class CharacterSetPattern(CharacterSetKind kind, string set) : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        var end = End(state.Text, position);
        if (end >= 0) yield return end;
    }

    /// <summary>The end of the match at <paramref name="position"/>, or -1 when there is none.</summary>
    private int End(string text, int position)
    {
        switch (kind)
        {
            case CharacterSetKind.Any:
                return position < text.Length && set.Contains(text[position]) ? position + 1 : -1;
            case CharacterSetKind.NotAny:
                return position < text.Length && !set.Contains(text[position]) ? position + 1 : -1;
            case CharacterSetKind.Span:
                var spanEnd = position;
                while (spanEnd < text.Length && set.Contains(text[spanEnd])) spanEnd++;
                return spanEnd > position ? spanEnd : -1;
            default:
                var breakEnd = position;
                while (breakEnd < text.Length && !set.Contains(text[breakEnd])) breakEnd++;
                return breakEnd < text.Length ? breakEnd : -1;
        }
    }

    public override string ToString()
    {
        var name = kind switch
        {
            CharacterSetKind.Any => "Pat Any",
            CharacterSetKind.NotAny => "Pat Not Any",
            CharacterSetKind.Span => "Pat Span",
            _ => "Pat Break",
        };
        return $"{name}({ValueFormatter.ToCode(new StringValue(set))})";
    }
}
