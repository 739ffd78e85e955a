using System.Text;
using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Syntax;

public class ParserRobustnessTests
{
    private const string Fragments = "()[]{},;:=<>!+-*/|&^`\"\\.0123456789eEnN_ \n\r\t'%#$@~?=>::<<||/**///\\!\\[]\\\uFEFF\"a\"(/*/*";

    [Fact]
    public void Random_mutations_of_real_scripts_never_throw()
    {
        var random = new Random(20240917);
        var samples = ScriptIndexSamples.All.Select(s => s.Script).ToArray();
        // A fixed number of mutations, not as many as fit in a time: a test that counts work done
        // in a time window fails on a loaded machine without the parser being wrong.
        for (var parsed = 0; parsed < 800; parsed++)
        {
            var source = Mutate(samples[random.Next(samples.Length)], random);
            var result = JslParser.Parse(source, "fuzz.jsl");
            Assert.NotNull(result.Root);
            foreach (var error in result.Errors)
            {
                Assert.True(error.Position.Line >= 1 && error.Position.Column >= 1, error.ToString());
            }
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var result = JslParser.Parse(ScriptText.DecodeScript(bytes), "bytes.jsl");
            Assert.NotNull(result.Root);
        }
    }

    [Fact]
    public void Every_prefix_of_a_real_script_parses_without_throwing()
    {
        var script = ScriptIndexSamples.All.Single(s => s.Name == "socket client").Script;
        for (var length = 0; length <= script.Length; length++)
        {
            Assert.NotNull(JslParser.Parse(script[..length], "prefix.jsl").Root);
        }
    }

    private static string Mutate(string source, Random random)
    {
        var text = new StringBuilder(source);
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    if (text.Length > 0 && at < text.Length) text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    text.Insert(at, Fragments.AsSpan(random.Next(Fragments.Length - 4), random.Next(1, 4)));
                    break;
                case 3:
                    text.Length = at;
                    break;
                default:
                    text.Insert(at, (char)random.Next(0, 0x3000));
                    break;
            }
        }
        return text.ToString();
    }
}
