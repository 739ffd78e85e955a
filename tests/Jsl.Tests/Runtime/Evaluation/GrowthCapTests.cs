using Jsl.Runtime.Output;

namespace Jsl.Tests.Runtime.Evaluation;

/// <summary>
/// Issue 8, item 3, the built-ins that still grew a value without asking the limits: Hex (twice
/// the bytes), Words and Items (a list per word), Parse JSON and JSON To List (a list or an
/// associative array per array or object), Munger with a replacement. Small limits stand in for
/// the defaults, so each case needs no gigabytes to show the refusal.
/// </summary>
public sealed class GrowthCapTests
{
    private static Engine Limited()
    {
        var engine = new Engine(new TextWriterLogSink(TextWriter.Null), TextWriter.Null);
        engine.Limits.MaxStringLength = 1000;
        engine.Limits.MaxListLength = 100;
        return engine;
    }

    private static string ErrorOf(string script)
    {
        var e = Assert.Throws<JslScriptException>(() => Limited().Evaluate(script));
        return Assert.Single(e.Reports);
    }

    private static string ValueOf(string script) => Engine.Format(Limited().EvaluateValue(script));

    [Theory]
    [InlineData("Hex( Repeat( \"x\", 600 ) )", "-e:1:1: A string of 1200 characters would exceed the limit of 1000 in access or evaluation of 'Hex' , Hex/*###*/(Repeat(\"x\", 600))")]
    [InlineData("Hex( Char To Blob( Repeat( \"x\", 501 ) ) )", "-e:1:1: A string of 1002 characters would exceed the limit of 1000 in access or evaluation of 'Hex' , Hex/*###*/(Char To Blob(Repeat(\"x\", 501)))")]
    [InlineData("Words( Repeat( \"a \", 101 ) )", "-e:1:1: A list of 101 items would exceed the limit of 100 in access or evaluation of 'Words' , Words/*###*/(Repeat(\"a \", 101))")]
    [InlineData("Items( Repeat( \"a,\", 200 ), \",\" )", "-e:1:1: A list of 200 items would exceed the limit of 100 in access or evaluation of 'Items' , Items/*###*/(Repeat(\"a,\", 200), \",\")")]
    [InlineData("Parse JSON( \"[\" || Repeat( \"1,\", 150 ) || \"1]\" )", "-e:1:1: A list of 101 items would exceed the limit of 100 in access or evaluation of 'Parse JSON' , Parse JSON/*###*/(\"[\" || Repeat(\"1,\", 150) || \"1]\")")]
    [InlineData("JSON To List( \"[[\" || Repeat( \"1,\", 150 ) || \"1]]\" )", "-e:1:1: A list of 101 items would exceed the limit of 100 in access or evaluation of 'JSON To List' , JSON To List/*###*/(\"[[\" || Repeat(\"1,\", 150) || \"1]]\")")]
    [InlineData("Munger( Repeat( \"x\", 600 ), 1, 0, Repeat( \"y\", 600 ) )", "-e:1:1: A string of 1200 characters would exceed the limit of 1000 in access or evaluation of 'Munger' , Munger/*###*/(Repeat(\"x\", 600), 1, 0, Repeat(\"y\", 600))")]
    [InlineData("Munger( Repeat( \"x\", 600 ), 1, \"x\", Repeat( \"y\", 600 ) )", "-e:1:1: A string of 1199 characters would exceed the limit of 1000 in access or evaluation of 'Munger' , Munger/*###*/(Repeat(\"x\", 600), 1, \"x\", Repeat(\"y\", 600))")]
    public void A_built_in_that_would_grow_a_value_past_a_limit_refuses_at_its_call(string script, string report) =>
        Assert.Equal(report, ErrorOf(script));

    [Fact]
    public void The_members_of_a_json_object_count_against_the_list_limit()
    {
        var members = string.Join(",", Enumerable.Range(1, 101).Select(i => $"\\!\"k{i}\\!\":{i}"));
        Assert.StartsWith("-e:1:1: A list of 101 items would exceed the limit of 100", ErrorOf($"Parse JSON( \"{{{members}}}\" )"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Length( Hex( Repeat( \"x\", 500 ) ) )", "1000")]
    [InlineData("N Items( Words( Repeat( \"a \", 100 ) ) )", "100")]
    [InlineData("N Items( Parse JSON( \"[\" || Repeat( \"1,\", 99 ) || \"1]\" ) )", "100")]
    [InlineData("Length( Munger( Repeat( \"x\", 600 ), 1, 600, Repeat( \"y\", 600 ) ) )", "600")]
    [InlineData("Length( Hex To Char( Repeat( \"41\", 500 ) ) )", "500")]
    [InlineData("Length( Hex To Blob( Repeat( \"41\", 500 ) ) )", "500")]
    public void Up_to_the_limit_they_work(string script, string value) =>
        Assert.Equal(value, ValueOf(script));
}
