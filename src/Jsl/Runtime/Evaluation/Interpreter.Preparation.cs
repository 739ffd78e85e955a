using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

internal sealed partial class Interpreter
{
    /// <summary>
    /// True (the default): calls are prepared into their fast executables (a built-in's preparer,
    /// prepared arguments of user calls, names that remember their cell). False: every call and
    /// every unscoped name runs by the general route (<see cref="EvalUnprepared"/>: a built-in's
    /// body with a <see cref="CallContext"/>, a user function looked up by name), so a test can run
    /// a script both ways and catch a fast path that drifted from the rule it speeds up. Set it
    /// before the first run: a node keeps the executable it was first prepared with.
    /// </summary>
    internal bool FastPaths { get; set; } = true;

    /// <summary>
    /// The executable of <paramref name="node"/>, made on first use and kept in the node (nodes
    /// are immutable, so it stays valid; what can change between runs, such as variables and
    /// user functions, is looked up when it runs).
    /// </summary>
    internal Executable Prepare(Node node)
    {
        if (node.Prepared is { } existing) return System.Runtime.CompilerServices.Unsafe.As<Executable>(existing);
        DepthGuard.Enter(node);
        Executable made = node switch
        {
            CallNode { HeadIsString: true } call => new Constant(StringHeadedValue(call)),
            CallNode call when FastPaths => PrepareCall(call),
            NameNode { Scope: NameScope.Unqualified } name when FastPaths && IsPreparingMemberName(name) => new MemberNameRead(name),
            NameNode { Scope: NameScope.Unqualified } name when FastPaths => new NameRead(name),
            NameNode { Scope: NameScope.Qualified } name when FastPaths => new QualifiedNameRead(name),
            NumberNode number => new Constant(NumberValue.Of(number.Value)),
            StringNode text => new Constant(new StringValue(text.Value)),
            _ => new UnpreparedNode(node),
        };
        node.Prepared = made;
        return made;
    }

    /// <summary>
    /// What <c>"abc"(1, 2, 3)</c> evaluates to. Decision: a string-headed call is data, not a call:
    /// it evaluates to itself, arguments unevaluated, as jsl-hamcrest's "strings with children"
    /// tests expect of JMP (a function given <c>"abc"(1, 2, 3)</c> receives that expression, whose
    /// <c>Type</c> is "String" and whose <c>N Arg</c> is 3).
    /// </summary>
    internal static ExpressionValue StringHeadedValue(CallNode call) => new(call);

    /// <summary>The executables of a call's arguments, in order.</summary>
    internal Executable[] PrepareArgs(CallNode call)
    {
        var args = new Executable[call.Args.Count];
        for (var i = 0; i < args.Length; i++) args[i] = Prepare(call.Args[i]);
        return args;
    }

    private Executable PrepareCall(CallNode call)
    {
        if (call.Qualifier is not null) return new QualifiedCall(call, PrepareArgs(call));
        var entry = Builtins.Find(call.Head);
        if (entry is null) return new UserCall(call, PrepareArgs(call));
        // A call with the wrong number of arguments takes the general route, whose count check raises the error when it runs.
        if (entry.Signature is { } signature && !signature.Accepts(call.Args.Count)) return new BuiltinCall(entry, call);
        return entry.Preparer?.Invoke(this, call, entry) ?? new BuiltinCall(entry, call);
    }
}
