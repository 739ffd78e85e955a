namespace Jsl.Builtins.Patterns;

/// <summary>
/// <c>Pat Repeat(p, min, max, GREEDY|RELUCTANT)</c> and <c>Pat Arb No(p)</c> (= 0 or more, reluctant).
/// Greedy offers the most repetitions first; reluctant the fewest. The repetitions are kept on an
/// explicit stack, not in nested iterators, so long runs neither recurse deeply nor slow down.
/// Decision: a repetition that matches nothing is not counted (it could repeat forever), as SNOBOL's ARBNO does.
/// </summary>
internal sealed class RepeatPattern(Pattern inner, int min, int max, bool greedy) : Pattern
{
    private sealed class Frame(int position, IEnumerator<int>? next)
    {
        public int Position { get; } = position;
        public IEnumerator<int>? Next { get; } = next;
        public bool Offered { get; set; }
    }

    public override IEnumerable<int> Match(MatchState state, int position)
    {
        var stack = new List<Frame>();
        try
        {
            stack.Add(NewFrame(state, position, 0));
            while (stack.Count > 0)
            {
                state.Step();
                var top = stack[^1];
                var count = stack.Count - 1;
                if (!greedy && !top.Offered)
                {
                    top.Offered = true;
                    if (count >= min) yield return top.Position;
                    continue;
                }
                if (top.Next is not null && top.Next.MoveNext())
                {
                    var end = top.Next.Current;
                    if (end != top.Position) stack.Add(NewFrame(state, end, count + 1));
                    continue;
                }
                top.Next?.Dispose();
                stack.RemoveAt(stack.Count - 1);
                if (greedy && count >= min) yield return top.Position;
            }
        }
        finally
        {
            foreach (var frame in stack) frame.Next?.Dispose();
        }
    }

    private Frame NewFrame(MatchState state, int position, int count) =>
        new(position, count < max ? inner.Match(state, position).GetEnumerator() : null);

    public override string ToString()
    {
        var upper = max == int.MaxValue ? "." : max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"Pat Repeat({inner}, {min}, {upper}, {(greedy ? "GREEDY" : "RELUCTANT")})";
    }
}
