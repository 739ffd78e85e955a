using System.Runtime.CompilerServices;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

public sealed partial class Interpreter
{
    /// <summary>
    /// The executable of <paramref name="node"/>, made on first use and kept in the node (nodes
    /// are immutable, so it stays valid; what can change between runs, such as variables and
    /// user functions, is looked up when it runs).
    /// </summary>
    internal Executable Prepare(Node node)
    {
        if (node.Prepared is Executable existing) return existing;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new JslRuntimeError("Recursion too deep", node);
        }
        Executable made = node switch
        {
            CallNode call => PrepareCall(call),
            NameNode { Scope: NameScope.Unqualified } name => new NameRead(name),
            NameNode { Scope: NameScope.Qualified } name => new QualifiedNameRead(name),
            NumberNode number => new Constant(NumberValue.Of(number.Value)),
            StringNode text => new Constant(new StringValue(text.Value)),
            _ => new UnpreparedNode(node),
        };
        node.Prepared = made;
        return made;
    }

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
        return entry.Preparer?.Invoke(this, call, entry) ?? new BuiltinCall(entry, call);
    }
}
