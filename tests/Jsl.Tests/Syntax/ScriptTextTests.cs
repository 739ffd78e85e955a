using System.Text;
using Jsl.Syntax;
using Xunit;

namespace Jsl.Tests.Syntax;

public class ScriptTextTests
{
    private const string Script = "x = \"Caf\u00e9\";\r\nShow(x);";

    [Fact]
    public void Utf8_without_bom() => Assert.Equal(Script, ScriptText.DecodeScript(Encoding.UTF8.GetBytes(Script)));

    [Fact]
    public void Utf8_with_bom() =>
        Assert.Equal(Script, ScriptText.DecodeScript([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Script)]));

    [Fact]
    public void Utf16_little_endian_with_bom() =>
        Assert.Equal(Script, ScriptText.DecodeScript([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Script)]));

    [Fact]
    public void Utf16_big_endian_with_bom() =>
        Assert.Equal(Script, ScriptText.DecodeScript([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Script)]));

    [Fact]
    public void Empty_and_invalid_bytes_never_throw()
    {
        Assert.Equal("", ScriptText.DecodeScript([]));
        Assert.Equal("", ScriptText.DecodeScript([0xFF, 0xFE]));
        Assert.Equal("a\uFFFDb", ScriptText.DecodeScript([(byte)'a', 0xC3, (byte)'b']));
        Assert.NotNull(ScriptText.DecodeScript([0xFF, 0xFE, 0x41]));
    }

    [Fact]
    public void A_utf16_script_parses_with_correct_positions()
    {
        var text = ScriptText.DecodeScript([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a = 1;\r\nb = (2;")]);
        var error = Assert.Single(JslParser.Parse(text, "w.jsl").Errors);
        Assert.Equal("w.jsl:2:8: expected ')' but found end of file", error.ToString());
    }
}
