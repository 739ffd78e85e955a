using Jsl.Runtime.Formatting;

namespace Jsl.Builtins.Patterns;

/// <summary>A string matched exactly (case matters), written as the string itself or <c>Pat String("...")</c>.</summary>
internal sealed class LiteralPattern(string text) : Pattern
{
    /// <summary>The text to match.</summary>
    public string Text { get; } = text;

    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        if (MatchesAt(state.Text, position)) yield return position + Text.Length;
    }

    private bool MatchesAt(string subject, int position) =>
        position + Text.Length <= subject.Length && subject.AsSpan(position, Text.Length).SequenceEqual(Text);

    public override string ToString() => ValueFormatter.ToCode(new Jsl.Runtime.Values.StringValue(Text));
}
