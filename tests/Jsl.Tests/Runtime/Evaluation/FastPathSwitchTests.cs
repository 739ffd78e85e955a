using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>The interpreter switch that runs every call by the general route instead of its prepared fast path.</summary>
public class FastPathSwitchTests
{
    private const string Script = "x = 0; For( i = 1, i <= 3, i++, x += i ); f = Function( {a}, a * 2 ); If( x > 1, f( x ), 0 )";

    private static (Node Root, double Result) Run(bool fastPaths) => PreparedTree.Run(Script, fastPaths);

    private static IEnumerable<Node> Walk(Node node) => PreparedTree.Walk(node);

    [Fact]
    public void Both_ways_give_the_same_result() => Assert.Equal(Run(true).Result, Run(false).Result);

    [Fact]
    public void With_fast_paths_the_hot_shapes_get_their_own_executables()
    {
        var prepared = Walk(Run(true).Root).Select(n => n.Prepared).OfType<Executable>().ToList();
        Assert.Contains(prepared, e => e is not (UnpreparedNode or Constant or BuiltinCall));
    }

    [Fact]
    public void Without_fast_paths_every_call_and_name_runs_by_the_general_route()
    {
        foreach (var node in Walk(Run(false).Root))
        {
            if (node.Prepared is null) continue;
            if (node is CallNode or NameNode) Assert.IsType<UnpreparedNode>(node.Prepared);
        }
    }
}
