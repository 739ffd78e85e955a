using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Syntax;

public class ScriptIndexSampleTests
{
    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in ScriptIndexSamples.All) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Scripting_index_examples_parse_without_errors(string name)
    {
        var script = ScriptIndexSamples.All.Single(s => s.Name == name).Script;
        var result = JslParser.Parse(script, name + ".jsl");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void There_are_enough_samples() => Assert.True(ScriptIndexSamples.All.Length >= 30);

    [Fact]
    public void The_socket_sample_has_the_expected_shape()
    {
        var script = ScriptIndexSamples.All.Single(s => s.Name == "socket client").Script;
        var printed = TreePrinter.Print(JslParser.Parse(script, "s.jsl").Root);
        Assert.Contains("Send(tcp, Connect(\"localhost\", \"8080\"))", printed, StringComparison.Ordinal);
        Assert.Contains("Char To Blob(msg, Assign(encoding, \"utf-8\"))", printed, StringComparison.Ordinal);
        Assert.Contains("While(Greater(PostDecrement(timeout), 0), Glue(Assign(rc, Send(tcp, Recv(1000))), If(Equal(Subscript(rc, 2), \"ok\"), Assign(blob, Concat(blob, Subscript(rc, 3))), Break())))", printed, StringComparison.Ordinal);
        Assert.Contains("Subscript(Send(tcp, getSockName), 3)", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exit_sample_subscripts_a_call_result_and_sends_an_option()
    {
        var script = ScriptIndexSamples.All.Single(s => s.Name == "exit modal").Script;
        var printed = TreePrinter.Print(JslParser.Parse(script, "s.jsl").Root);
        Assert.StartsWith("If(Equal(Subscript(New Window(\"Exit() example\", Send(Type(\"Modal\")),", printed, StringComparison.Ordinal);
        Assert.EndsWith("\"Button\"), 1), Exit(), \"Good choice.\")", printed, StringComparison.Ordinal);
    }
}
