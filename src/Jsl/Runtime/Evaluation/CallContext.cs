using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// What a built-in (or an object answering a message) gets: the interpreter, its own call node
/// with the unevaluated arguments, and the scope to evaluate them in. The helpers evaluate and
/// check arguments and build errors positioned at the call.
/// </summary>
internal readonly struct CallContext
{
    /// <summary>
    /// A context for <paramref name="call"/> in <paramref name="scope"/>. A built-in may keep the
    /// scope it is given (a callback, <c>Namespace( "local" )</c>, an object's creator, a Local
    /// block); one that does reads <see cref="Scope"/>, which marks the scope as escaped, and its
    /// frame is then never reused (<see cref="FramePool"/>). A built-in that only evaluates its
    /// arguments (a comparison of strings, <c>Length</c>, a socket's <c>Send</c>) leaves the frame
    /// reusable: a callback run once per message then makes no frame per call.
    /// </summary>
    public CallContext(Interpreter interpreter, CallNode call, Scope scope)
    {
        Interpreter = interpreter;
        Call = call;
        _scope = scope;
    }

    private readonly Scope _scope;

    /// <summary>The interpreter.</summary>
    public Interpreter Interpreter { get; }

    /// <summary>The call being evaluated.</summary>
    public CallNode Call { get; }

    /// <summary>The scope of the call; reading it marks the scope (and the frames it can see) as escaped.</summary>
    public Scope Scope
    {
        get
        {
            if (!_scope.Escaped) _scope.MarkEscaped();
            return _scope;
        }
    }

    /// <summary>
    /// A context for another call in the same scope (a message inside its <c>&lt;&lt;</c>), which
    /// leaves the scope unmarked as this one does until a built-in reads <see cref="Scope"/>.
    /// </summary>
    public CallContext WithCall(CallNode call) => new(Interpreter, call, _scope);

    /// <summary>Number of arguments written.</summary>
    public int Count => Call.Args.Count;

    /// <summary>Argument <paramref name="index"/> (0-based), unevaluated.</summary>
    public Node ArgNode(int index) => Call.Args[index];

    /// <summary>Evaluates argument <paramref name="index"/>.</summary>
    public Value Eval(int index) => Interpreter.Eval(Call.Args[index], _scope);

    /// <summary>Evaluates any node in the call's scope.</summary>
    public Value Eval(Node node) => Interpreter.Eval(node, _scope);

    /// <summary>
    /// Argument <paramref name="index"/>'s value, except that a bare name holding an expression gives
    /// the expression itself instead of running it (as <c>Print</c>, <c>Show</c>, <c>Head</c> and
    /// <c>Substitute</c> treat such names).
    /// </summary>
    public Value EvalKeepingHeldExpression(int index) =>
        Call.Args[index] is NameNode name && Interpreter.LookupVariable(name, _scope) is ExpressionValue held ? held : Eval(index);

    /// <summary>Evaluates argument <paramref name="index"/> when present, else returns null.</summary>
    public Value? EvalOptional(int index) => index < Count && !IsEmptyArg(index) ? Eval(index) : null;

    /// <summary>True when argument <paramref name="index"/> was left empty (<c>f(a, , b)</c>).</summary>
    public bool IsEmptyArg(int index) => Call.Args[index] is CallNode { Args.Count: 0 } c && ReferenceEquals(c.Head, Heads.Empty);

    /// <summary>Requires at least <paramref name="min"/> and at most <paramref name="max"/> arguments.</summary>
    public void RequireCount(int min, int max = int.MaxValue)
    {
        if (Count < min || Count > max) throw BuiltinSignature.CountError(min, max, Count, Call);
    }

    /// <summary>Evaluates argument <paramref name="index"/> as a number (missing allowed).</summary>
    public double Number(int index)
    {
        RequireArg(index);
        return Eval(index) is NumberValue n ? n.Value : throw ArgumentError(index, "Cannot convert argument to a number [or matrix]");
    }

    /// <summary>Evaluates argument <paramref name="index"/> as a number, or returns <paramref name="fallback"/> when absent.</summary>
    public double Number(int index, double fallback) => index < Count && !IsEmptyArg(index) ? Number(index) : fallback;

    /// <summary>Evaluates argument <paramref name="index"/> as a string.</summary>
    public string String(int index)
    {
        RequireArg(index);
        return Eval(index) is StringValue s ? s.Value : throw ArgumentError(index, "argument must be a string");
    }

    /// <summary>Evaluates argument <paramref name="index"/> as a string, or returns <paramref name="fallback"/> when absent.</summary>
    public string String(int index, string fallback) => index < Count && !IsEmptyArg(index) ? String(index) : fallback;

    /// <summary>Evaluates argument <paramref name="index"/> as a list.</summary>
    public ListValue List(int index)
    {
        RequireArg(index);
        return Eval(index) is ListValue l ? l : throw ArgumentError(index, "argument must be a list");
    }

    /// <summary>Evaluates argument <paramref name="index"/> as a blob.</summary>
    public BlobValue Blob(int index)
    {
        RequireArg(index);
        return Eval(index) is BlobValue b ? b : throw ArgumentError(index, "argument must be a blob");
    }

    /// <summary>Fails unless argument <paramref name="index"/> was written.</summary>
    public void RequireArg(int index)
    {
        if (index >= Count || IsEmptyArg(index)) throw Error($"argument {index + 1} is missing");
    }

    /// <summary>
    /// The bare symbol written as argument <paramref name="index"/> (<c>STREAM</c> in <c>Socket(STREAM)</c>),
    /// or a string literal's text; null when the argument is anything else.
    /// </summary>
    public string? SymbolArg(int index) => index < Count ? Call.Args[index] switch
    {
        NameNode { Scope: NameScope.Unqualified } n => n.Text,
        StringNode s => s.Value,
        _ => null,
    } : null;

    /// <summary>Finds a named option argument written as a call, e.g. <c>Base(2)</c>; null when absent.</summary>
    public CallNode? Option(string name)
    {
        var key = Symbol.Intern(name);
        foreach (var arg in Call.Args)
        {
            if (arg is CallNode c && ReferenceEquals(c.Head, key) && c.Qualifier is null) return c;
        }
        return null;
    }

    /// <summary>Finds a <c>&lt;&lt;Flag(...)</c> option argument; null when absent.</summary>
    public Node? Flag(string name)
    {
        var key = Symbol.Intern(name);
        foreach (var arg in Call.Args)
        {
            if (arg is CallNode { Args.Count: 1 } send && ReferenceEquals(send.Head, Heads.Send))
            {
                var message = send.Args[0];
                if (message is CallNode m && ReferenceEquals(m.Head, key)) return m;
                if (message is NameNode n && ReferenceEquals(n.Symbol, key)) return n;
            }
        }
        return null;
    }

    /// <summary>True when argument <paramref name="index"/> is a <c>&lt;&lt;Flag</c> option or named option call rather than a positional value.</summary>
    public bool IsOptionArg(int index) => Call.Args[index] is CallNode { Args.Count: 1 } c && ReferenceEquals(c.Head, Heads.Send);

    /// <summary>An error at this call.</summary>
    public JslRuntimeError Error(string message) => new(message, Call);

    /// <summary>The run's resource limits; a built-in that grows a value checks the size here first.</summary>
    internal ResourceLimits Limits => Interpreter.State.Limits;

    /// <summary>An error about argument <paramref name="index"/> (positioned at the call, as JMP marks the function).</summary>
    public JslRuntimeError ArgumentError(int index, string message) => new(message, Call);

    /// <summary>Whether a value counts as true: a non-zero, non-missing number.</summary>
    public static bool IsTrue(Value value) => value is NumberValue n && n.Value != 0 && !double.IsNaN(n.Value);
}
