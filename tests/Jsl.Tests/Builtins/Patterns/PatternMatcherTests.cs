using Jsl.Builtins.Patterns;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation;

namespace Jsl.Tests.Builtins.Patterns;

/// <summary>The matcher's nodes on their own: which ends each offers, in which order.</summary>
public sealed class PatternMatcherTests
{
    private static int[] Ends(Pattern pattern, string text, int position = 0, long stepLimit = MatchState.DefaultStepLimit) =>
        [.. pattern.Match(new MatchState(default(CallContext), text, stepLimit), position).Take(50)];

    private static LiteralPattern Lit(string s) => new(s);

    [Fact]
    public void Literal_matches_only_at_the_cursor_and_case_matters()
    {
        Assert.Equal([3], Ends(Lit("abc"), "abcd"));
        Assert.Empty(Ends(Lit("abc"), "xabc"));
        Assert.Empty(Ends(Lit("ABC"), "abc"));
        Assert.Empty(Ends(Lit("abcd"), "abc"));
        Assert.Equal([0], Ends(Lit(""), ""));
    }

    [Theory]
    [InlineData((int)CharacterSetKind.Any, "ab", "bxx", 1)]
    [InlineData((int)CharacterSetKind.Any, "ab", "xbb", -1)]
    [InlineData((int)CharacterSetKind.NotAny, "ab", "xbb", 1)]
    [InlineData((int)CharacterSetKind.Span, "ab", "abbax", 4)]
    [InlineData((int)CharacterSetKind.Span, "ab", "xab", -1)]
    [InlineData((int)CharacterSetKind.Break, "-", "one-two", 3)]
    [InlineData((int)CharacterSetKind.Break, "-", "-two", 0)]
    [InlineData((int)CharacterSetKind.Break, "-", "one", -1)]
    public void Character_sets_offer_one_end(int kind, string set, string text, int expected)
    {
        var ends = Ends(new CharacterSetPattern((CharacterSetKind)kind, set), text);
        Assert.Equal(expected < 0 ? [] : [expected], ends);
    }

    [Theory]
    [InlineData((int)CursorKind.Len, 2, "12345", 1, 3)]
    [InlineData((int)CursorKind.Len, 9, "12345", 1, -1)]
    [InlineData((int)CursorKind.Pos, 1, "12345", 1, 1)]
    [InlineData((int)CursorKind.Pos, 2, "12345", 1, -1)]
    [InlineData((int)CursorKind.RPos, 2, "12345", 3, 3)]
    [InlineData((int)CursorKind.Tab, 4, "12345", 1, 4)]
    [InlineData((int)CursorKind.Tab, 0, "12345", 1, -1)]
    [InlineData((int)CursorKind.RTab, 1, "12345", 2, 4)]
    [InlineData((int)CursorKind.Rem, 0, "12345", 2, 5)]
    [InlineData((int)CursorKind.Cursor, 0, "12345", 2, 2)]
    public void Cursor_patterns(int kind, int n, string text, int position, int expected)
    {
        var ends = Ends(new CursorPattern((CursorKind)kind, n), text, position);
        Assert.Equal(expected < 0 ? [] : [expected], ends);
    }

    [Fact]
    public void Arb_grows_one_character_at_a_time()
    {
        Assert.Equal([1, 2, 3], Ends(new ArbPattern(), "abc", 1));
    }

    [Fact]
    public void Sequence_backs_into_its_latest_part_first()
    {
        var pattern = PatternOperands.Sequence([new ArbPattern(), Lit("b")]);
        Assert.Equal([2, 4], Ends(pattern, "abab"));
    }

    [Fact]
    public void Alternation_tries_alternatives_in_order()
    {
        var pattern = PatternOperands.Alternation([Lit("ab"), Lit("a"), Lit("abc")]);
        Assert.Equal([2, 1, 3], Ends(pattern, "abc"));
    }

    [Fact]
    public void Nested_sequences_and_alternations_are_flattened()
    {
        var inner = PatternOperands.Sequence([Lit("a"), Lit("b")]);
        var outer = Assert.IsType<SequencePattern>(PatternOperands.Sequence([inner, Lit("c")]));
        Assert.Equal(3, outer.Parts.Count);
    }

    [Fact]
    public void Greedy_repeat_offers_most_repetitions_first()
    {
        Assert.Equal([3, 2, 1], Ends(new RepeatPattern(Lit("a"), 1, int.MaxValue, greedy: true), "aaab"));
        Assert.Equal([3, 2, 1, 0], Ends(new RepeatPattern(Lit("a"), 0, int.MaxValue, greedy: true), "aaab"));
    }

    [Fact]
    public void Reluctant_repeat_offers_fewest_repetitions_first()
    {
        Assert.Equal([0, 1, 2, 3], Ends(new RepeatPattern(Lit("a"), 0, int.MaxValue, greedy: false), "aaab"));
        Assert.Equal([2, 3], Ends(new RepeatPattern(Lit("a"), 2, 3, greedy: false), "aaaa"));
    }

    [Fact]
    public void Repeat_respects_its_bounds()
    {
        Assert.Equal([3, 2], Ends(new RepeatPattern(Lit("a"), 2, 3, greedy: true), "aaaaa"));
        Assert.Empty(Ends(new RepeatPattern(Lit("a"), 4, 5, greedy: true), "aaa"));
    }

    [Fact]
    public void Repeat_skips_empty_repetitions_instead_of_looping()
    {
        var inner = PatternOperands.Alternation([Lit(""), Lit("a")]);
        Assert.Equal([2, 1, 0], Ends(new RepeatPattern(inner, 0, int.MaxValue, greedy: true), "aa"));
    }

    [Fact]
    public void Long_repeats_do_not_recurse()
    {
        var text = new string('a', 200_000);
        Assert.Equal(200_000, Ends(new RepeatPattern(Lit("a"), 1, int.MaxValue, greedy: true), text)[0]);
    }

    [Fact]
    public void Repeat_backtracks_into_its_repetitions()
    {
        // ("ab" | "a") repeated, then "b": needs the last repetition to choose "a".
        var inner = PatternOperands.Alternation([Lit("ab"), Lit("a")]);
        var pattern = PatternOperands.Sequence([new RepeatPattern(inner, 1, int.MaxValue, greedy: true), Lit("b"), new CursorPattern(CursorKind.RPos, 0)]);
        Assert.Equal([4], Ends(pattern, "abab"));
    }

    [Fact]
    public void Succeed_fail_abort_and_fence()
    {
        Assert.Equal([1, 1, 1], Ends(new ControlPattern(ControlKind.Succeed), "ab", 1).Take(3));
        Assert.Empty(Ends(new ControlPattern(ControlKind.Fail), "ab"));
        Assert.Throws<PatternAbortedException>(() => Ends(new ControlPattern(ControlKind.Abort), "ab"));
        var fenced = PatternOperands.Sequence([new ControlPattern(ControlKind.Fence), Lit("x")]);
        Assert.Throws<PatternAbortedException>(() => Ends(fenced, "ab"));
        var passed = PatternOperands.Sequence([new ControlPattern(ControlKind.Fence), Lit("a")]);
        Assert.Equal(1, passed.Match(new MatchState(default(CallContext), "ab"), 0).First());
    }

    [Fact]
    public void Look_around_consumes_nothing()
    {
        Assert.Equal([1], Ends(new LookAroundPattern(Lit("b"), ahead: true, negate: false), "ab", 1));
        Assert.Empty(Ends(new LookAroundPattern(Lit("b"), ahead: true, negate: true), "ab", 1));
        Assert.Equal([2], Ends(new LookAroundPattern(Lit("ab"), ahead: false, negate: false), "abc", 2));
        Assert.Empty(Ends(new LookAroundPattern(Lit("b"), ahead: false, negate: false), "abc", 1));
        Assert.Equal([1], Ends(new LookAroundPattern(Lit("b"), ahead: false, negate: true), "abc", 1));
    }

    [Fact]
    public void Runaway_backtracking_stops_with_a_jsl_error()
    {
        var runaway = PatternOperands.Sequence([new ControlPattern(ControlKind.Succeed), new ControlPattern(ControlKind.Fail)]);
        var error = Assert.Throws<JslRuntimeError>(() => Ends(runaway, "x", stepLimit: 1000));
        Assert.Contains("more than 1000 matching steps", error.Message);
    }
}
