using Jsl.Runtime.Output;
using Jsl.Tests.Support;

namespace Jsl.Tests.Examples;

/// <summary>
/// Every script in examples/ parses (<c>jsl check</c>), and every one that needs no peer program
/// runs to the end without an error. Scripts that need a peer say so on a line
/// <c>// requires: PROGRAM</c> and are run by the tests that provide it instead (the socket tests;
/// ThirdParty/HamcrestExampleTests for jsl-hamcrest).
/// </summary>
public sealed class ExampleScriptTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Examples, "*.jsl").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Example_parses(string name)
    {
        var path = Path.Combine(RepositoryPaths.Examples, name);
        var errors = Engine.Check(File.ReadAllText(path), name);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Example_runs(string name)
    {
        var path = Path.Combine(RepositoryPaths.Examples, name);
        var text = File.ReadAllText(path);
        if (text.Contains("// requires:", StringComparison.Ordinal)) return;
        var output = new StringWriter();
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                new Engine(new TextWriterLogSink(output), TextWriter.Null).RunFile(path);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 64 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), $"{name} did not finish within 60 s");
        Assert.True(failure is null, $"{name} failed: {failure?.Message}\n{output}");
        Assert.NotEqual("", output.ToString());
    }
}
