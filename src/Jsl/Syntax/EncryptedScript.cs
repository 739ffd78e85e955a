namespace Jsl.Syntax;

/// <summary>
/// Recognises a script saved with JMP's Encrypt Script: its first line is <c>//-e</c> and a JMP
/// version (<c>//-e16.0</c>), and the rest is a key table and ciphertext that only JMP can read.
/// Without this check the ciphertext would be parsed as JSL and give dozens of meaningless errors.
/// </summary>
internal static class EncryptedScript
{
    private const string Mark = "//-e";

    /// <summary>The one error an encrypted script gets, at its first character.</summary>
    public const string Message = "this script is encrypted (JMP's Encrypt Script); jsl cannot decrypt it: run the unencrypted source";

    /// <summary>True when <paramref name="text"/> begins with the encrypted-script mark and a version digit.</summary>
    public static bool IsEncrypted(string text) =>
        text.StartsWith(Mark, StringComparison.Ordinal) && text.Length > Mark.Length && char.IsAsciiDigit(text[Mark.Length]);
}
