using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Evaluation.Executables;
using Jsl.Syntax.Tree;
using Xunit;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>A method's body is prepared on its first call knowing its class: names of the class's members read the member directly.</summary>
public class MethodBodyPreparationTests
{
    private const string Script =
        "Define Class( \"Counter\", count = 0; step = 2; bump = Method( {x}, count = count + x * step + other ) );" +
        "other = 100; c = New Object( Counter() ); c:bump( 1 ); c:bump( 3 ); c:count";

    private static (Node Root, double Result) Run(bool fastPaths) => PreparedTree.Run(Script, fastPaths);

    private static IEnumerable<Node> Walk(Node node) => PreparedTree.Walk(node);

    private static IEnumerable<NameNode> Names(Node root, string text) =>
        Walk(root).OfType<NameNode>().Where(n => n.Scope == NameScope.Unqualified && n.Text == text);

    [Fact]
    public void Both_ways_give_the_same_result()
    {
        Assert.Equal(208, Run(true).Result);
        Assert.Equal(208, Run(false).Result);
    }

    [Fact]
    public void Members_named_in_a_method_read_the_member_and_other_names_read_as_names()
    {
        var root = Run(true).Root;
        // count is read once in the body (its other occurrences are the assignment's target and the class's member).
        Assert.Contains(Names(root, "count"), n => n.Prepared is MemberNameRead);
        Assert.All(Names(root, "step").Where(n => n.Prepared is not null), n => Assert.IsType<MemberNameRead>(n.Prepared));
        Assert.All(Names(root, "x").Where(n => n.Prepared is not null), n => Assert.IsType<NameRead>(n.Prepared));
        Assert.All(Names(root, "other").Where(n => n.Prepared is not null), n => Assert.IsType<NameRead>(n.Prepared));
    }

    [Fact]
    public void After_the_first_call_the_body_holds_its_prepared_executable()
    {
        var root = Run(true).Root;
        Assert.DoesNotContain(Walk(root), n => n.Prepared is MethodBodyPreparation);
    }

    [Fact]
    public void Without_fast_paths_a_method_body_gets_no_stand_in()
    {
        foreach (var node in Walk(Run(false).Root))
        {
            Assert.IsNotType<MethodBodyPreparation>(node.Prepared);
            Assert.IsNotType<MemberNameRead>(node.Prepared);
        }
    }
}
