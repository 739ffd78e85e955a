using Jsl.Runtime.Output;
using Jsl.Tests.Support;

namespace Jsl.Tests.Docs;

/// <summary>
/// Every fenced <c>jsl</c> block of docs/sockets.md and docs/sockets/*.md runs on loopback, bounded
/// in time, without an error; a block followed by a plain fenced block prints exactly that.
/// </summary>
public sealed class SocketPageExampleTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>The socket pages, relative to the repository's root.</summary>
    public static IEnumerable<string> PagePaths()
    {
        yield return Path.Combine("docs", "sockets.md");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs", "sockets"), "*.md").Order(StringComparer.Ordinal))
        {
            yield return Path.Combine("docs", "sockets", Path.GetFileName(file));
        }
    }

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in PagePaths())
        {
            var count = MarkdownExamples.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Root, page))).Count;
            for (var i = 0; i < count; i++) data.Add(page, i);
        }
        return data;
    }

    [Fact]
    public void Every_message_page_has_an_example_with_its_output()
    {
        var pages = PagePaths().Skip(1).ToList();
        Assert.True(pages.Count >= 14, "expected a page per socket message, found " + pages.Count);
        foreach (var page in pages)
        {
            var examples = MarkdownExamples.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Root, page)));
            Assert.True(examples.Any(e => e.Output is not null), $"{page} has no example followed by its output");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_runs_and_prints_what_the_page_shows(string page, int index)
    {
        var example = MarkdownExamples.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Root, page)))[index];
        var output = new StringWriter();
        var diagnostics = new StringWriter();
        var engine = new Engine(new TextWriterLogSink(output), diagnostics);
        using var cancel = new CancellationTokenSource(Limit);
        engine.Cancellation = cancel.Token;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                engine.Evaluate(example.Script, Path.GetFileName(page));
                engine.RunPending(cancel.Token);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 16 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        if (!thread.Join(Limit + TimeSpan.FromSeconds(5)))
        {
            // A blocked socket call: closing the sockets makes it return, so the thread ends.
            engine.CloseSockets();
            Assert.Fail($"{page}, example {index + 1} (line {example.Line}) did not finish within {Limit.TotalSeconds} s");
        }
        Assert.True(failure is null, $"{page}, example {index + 1} (line {example.Line}) failed: {failure?.Message}\n{output}");
        Assert.True(diagnostics.ToString() == "", $"{page}, example {index + 1} (line {example.Line}) reported: {diagnostics}");
        if (example.Output is { } expected)
        {
            Assert.Equal(expected.TrimEnd('\n'), output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
        }
    }
}
