namespace Jsl.Embedding.Tests;

/// <summary><see cref="Engine.SetGlobal"/> and <see cref="Engine.GetGlobal"/>: the host's side of the global namespace.</summary>
public sealed class GlobalVariableTests
{
    [Fact]
    public void A_global_the_host_sets_is_read_by_the_script_bare_or_as_global()
    {
        var engine = new Engine(new CollectingLog());
        engine.SetGlobal("rate", 0.5);
        engine.SetGlobal("label", "total");
        Assert.Equal("total: 5", engine.Evaluate("label || \": \" || Char( rate * 10 )").AsString());
        Assert.Equal(0.5, engine.Evaluate("::rate").AsNumber());
    }

    [Fact]
    public void A_global_the_script_sets_is_read_by_the_host()
    {
        var engine = new Engine(new CollectingLog());
        engine.Evaluate("counts = {1, 2, 3}; Total Count = N Items( counts );");
        Assert.Equal(3, engine.GetGlobal("total count")!.AsNumber());
        Assert.Equal([1.0, 2.0, 3.0], engine.GetGlobal("counts")!.AsList().Select(v => v.AsNumber()));
        Assert.Null(engine.GetGlobal("never set"));
    }

    [Fact]
    public void Names_a_script_keeps_in_its_Here_namespace_are_not_globals()
    {
        var engine = new Engine(new CollectingLog());
        engine.Evaluate("Names Default To Here( 1 ); kept here = 1; ::shared = 2;");
        Assert.Null(engine.GetGlobal("kept here"));
        Assert.Equal(2, engine.GetGlobal("shared")!.AsNumber());
    }

    [Fact]
    public void Values_are_copied_across_so_neither_side_changes_the_other()
    {
        var engine = new Engine(new CollectingLog());
        var hostList = JslValue.FromList([1, 2]);
        engine.SetGlobal("l", hostList);
        engine.Evaluate("l[1] = 100; Insert Into( l, 3 );");
        Assert.Equal("{1, 2}", hostList.ToString());

        var read = engine.GetGlobal("l")!;
        engine.Evaluate("l[2] = 200;");
        Assert.Equal("{100, 2, 3}", read.ToString());

        // Associative arrays are references in JSL; what the host holds is still a snapshot.
        engine.Evaluate("aa = [\"k\" => 1]; inner = aa; ");
        var array = engine.GetGlobal("aa")!;
        engine.Evaluate("inner[\"k\"] = 2;");
        Assert.Equal(1, array.AsAssociativeArray()[0].Value.AsNumber());
        Assert.Equal(2, engine.Evaluate("aa[\"k\"]").AsNumber());
    }

    [Fact]
    public void An_associative_array_from_the_host_behaves_as_a_scripts_own()
    {
        var engine = new Engine(new CollectingLog());
        engine.SetGlobal("prices", JslValue.FromAssociativeArray([new("apple", 1.5), new("pear", 2)]));
        Assert.Equal("{\"apple\", \"pear\"}", engine.Evaluate("prices << Get Keys").ToString());
        Assert.Equal(3.5, engine.Evaluate("prices[\"apple\"] + prices[\"pear\"]").AsNumber());
    }

    [Fact]
    public void A_global_holding_an_expression_is_given_unevaluated()
    {
        var engine = new Engine(new CollectingLog());
        engine.Evaluate("calls = 0; e = Expr( calls++ );");
        var held = engine.GetGlobal("e")!;
        Assert.Equal(JslValueKind.Other, held.Kind);
        Assert.Equal("Expression", held.TypeName);
        Assert.Equal(0, engine.GetGlobal("calls")!.AsNumber());
    }

    [Theory]
    [InlineData("")]
    [InlineData("::x")]
    [InlineData("a + b")]
    [InlineData("ns:x")]
    public void A_name_that_is_not_a_plain_JSL_name_is_refused(string name)
    {
        var engine = new Engine(new CollectingLog());
        Assert.Throws<ArgumentException>(() => engine.SetGlobal(name, 1));
        Assert.Throws<ArgumentException>(() => engine.GetGlobal(name));
    }

    [Fact]
    public void A_global_the_script_locked_cannot_be_set_by_the_host()
    {
        var engine = new Engine(new CollectingLog());
        engine.Evaluate("fixed = 1; Lock Globals( fixed );");
        Assert.Throws<InvalidOperationException>(() => engine.SetGlobal("fixed", 2));
        Assert.Equal(1, engine.GetGlobal("fixed")!.AsNumber());
    }
}
