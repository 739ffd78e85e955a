using Jsl.Builtins.Blobs;
using Xunit;

namespace Jsl.Tests.Builtins.Blobs;

public sealed class Base64TextTests
{
    [Theory]
    [InlineData("aGVsbG8=", "68656C6C6F")]
    [InlineData("aGVsbG8", "68656C6C6F")]
    [InlineData("aGVs\r\nbG8=", "68656C6C6F")]
    [InlineData(" aGk ", "6869")]
    [InlineData("", "")]
    public void Decodes_padded_unpadded_and_wrapped_text(string text, string hex)
    {
        Assert.Equal(hex, Convert.ToHexString(Base64Text.Decode(text)));
    }

    [Theory]
    [InlineData("ab$c")]
    [InlineData("a")]
    [InlineData("abcde")]
    [InlineData("ab=c")]
    public void Rejects_text_that_is_not_base64(string text)
    {
        Assert.Throws<BlobEncodingException>(() => Base64Text.Decode(text));
    }
}
