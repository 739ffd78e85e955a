namespace Jsl.Builtins.Patterns;

/// <summary><c>Pat Succeed</c>, <c>Pat Fail</c>, <c>Pat Abort</c> and <c>Pat Fence</c>.</summary>
internal sealed class ControlPattern(ControlKind kind) : Pattern
{
    public override IEnumerable<int> Match(MatchState state, int position)
    {
        state.Step();
        switch (kind)
        {
            case ControlKind.Succeed:
                while (true)
                {
                    yield return position;
                    state.Step();
                }
            case ControlKind.Abort:
                throw new PatternAbortedException();
            case ControlKind.Fence:
                yield return position;
                // Decision: as in SNOBOL4, backing into a fence fails the whole match, including the
                // later start positions an unanchored match would otherwise try.
                throw new PatternAbortedException();
        }
    }

    public override string ToString() => kind switch
    {
        ControlKind.Succeed => "Pat Succeed()",
        ControlKind.Fail => "Pat Fail()",
        ControlKind.Abort => "Pat Abort()",
        _ => "Pat Fence()",
    };
}
