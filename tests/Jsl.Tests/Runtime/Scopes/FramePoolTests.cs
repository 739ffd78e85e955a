using Jsl.Runtime.Output;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Runtime.Scopes;

/// <summary>
/// The pool of call frames: a returned frame is reused at its depth, an escaped or abandoned one
/// never is, and escaping marks the whole chain of callers.
/// </summary>
public sealed class FramePoolTests
{
    private static readonly Symbol N = Symbol.Intern("n");

    private static (FunctionValue Function, Scope Script) Setup()
    {
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
        var function = Assert.IsType<FunctionValue>(engine.EvaluateValue("Function( {n}, n )", "pool.jsl"));
        return (function, Scope.ForScript(engine.Interpreter.Globals, "pool.jsl"));
    }

    [Fact]
    public void A_returned_frame_is_reused_empty_at_its_depth()
    {
        var (function, script) = Setup();
        var pool = new FramePool();
        var first = pool.Rent(script, function, null, false);
        first.AddNew(N, NumberValue.Of(1));
        pool.Return(first);
        var second = pool.Rent(script, function, null, false);
        Assert.Same(first, second);
        Assert.Equal(0, second.Count);
        Assert.Same(script, second.Caller);
    }

    [Fact]
    public void Nested_calls_get_their_own_frames()
    {
        var (function, script) = Setup();
        var pool = new FramePool();
        var outer = pool.Rent(script, function, null, false);
        var inner = pool.Rent(outer, function, null, false);
        Assert.NotSame(outer, inner);
        pool.Return(inner);
        Assert.Same(inner, pool.Rent(outer, function, null, false));
    }

    [Fact]
    public void An_escaped_frame_is_not_reused_and_marks_its_callers()
    {
        var (function, script) = Setup();
        var pool = new FramePool();
        var outer = pool.Rent(script, function, null, false);
        var inner = pool.Rent(outer, function, null, false);
        inner.MarkEscaped();
        Assert.True(outer.Escaped);
        Assert.True(script.Escaped);
        pool.Return(inner);
        Assert.NotSame(inner, pool.Rent(outer, function, null, false));
    }

    [Fact]
    public void A_frame_abandoned_by_an_error_is_not_reused_with_its_variables()
    {
        var (function, script) = Setup();
        var pool = new FramePool();
        var outer = pool.Rent(script, function, null, false);
        var abandoned = pool.Rent(outer, function, null, false);
        abandoned.AddNew(N, NumberValue.Of(7));
        // The inner call ended by an error: it never returns its frame; the outer call does.
        pool.Return(outer);
        var again = pool.Rent(script, function, null, false);
        Assert.Same(outer, again);
        var next = pool.Rent(again, function, null, false);
        Assert.NotSame(abandoned, next);
        Assert.False(next.TryGet(N, out _));
    }
}
