using Jsl.Syntax.Tree;

namespace Jsl.Syntax;

/// <summary>Parses JSL script text into a tree of <see cref="Node"/>s.</summary>
internal static class JslParser
{
    /// <summary>
    /// Parses <paramref name="text"/>. Never throws: syntax errors are collected in
    /// <see cref="ParseResult.Errors"/> (in source order) and the tree is built as far as possible,
    /// with <c>Empty()</c> where a part could not be parsed.
    /// </summary>
    /// <param name="text">The script text (see <see cref="ScriptText.DecodeScript"/> for files).</param>
    /// <param name="fileName">The name positions report, e.g. the script's path.</param>
    public static ParseResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        // Intern the operator heads before any name in the script, so that their canonical
        // spellings ("Add", not a script's "add") are the ones symbols print with.
        _ = Heads.Glue;
        var errors = new List<SyntaxError>();
        var lines = new LineMap(text, fileName);
        if (EncryptedScript.IsEncrypted(text))
        {
            errors.Add(new SyntaxError(lines.PositionOf(0), EncryptedScript.Message));
            return new ParseResult(new Parser(Lexer.Tokenize(string.Empty, lines, errors), string.Empty, errors).ParseScript(), [.. errors]);
        }
        var tokens = Lexer.Tokenize(text, lines, errors);
        var root = new Parser(tokens, text, errors).ParseScript();
        var ordered = errors.OrderBy(e => e.Position.Line).ThenBy(e => e.Position.Column).ToArray();
        return new ParseResult(root, ordered);
    }
}
