using Jsl.Runtime.Scopes;
using Jsl.Syntax;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>A script run in a fresh engine, with its tree kept so that a test can look at what its nodes were prepared into.</summary>
internal static class PreparedTree
{
    /// <summary>Runs <paramref name="script"/> with the fast paths on or off; its tree and its numeric result.</summary>
    public static (Node Root, double Result) Run(string script, bool fastPaths)
    {
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null) { FastPaths = fastPaths };
        var root = JslParser.Parse(script, "t.jsl").Root;
        var value = engine.Interpreter.EvalTopLevel(root, Scope.ForScript(engine.Interpreter.Globals, "t.jsl"));
        return (root, Assert.IsType<Jsl.Runtime.Values.NumberValue>(value).Value);
    }

    /// <summary>Every node of the tree, each call before its arguments.</summary>
    public static IEnumerable<Node> Walk(Node node) =>
        node is CallNode call ? call.Args.SelectMany(Walk).Prepend(node) : [node];
}
