using System.Text;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// Text that must stay on one line (an error line, a <c>--trace</c> record) with its line breaks
/// written as JSL's own escapes.
/// </summary>
internal static class OneLineText
{
    /// <summary>
    /// Decision: a line that prints JSL text is one line. Printed JSL has raw line breaks only
    /// inside string literals (output.md §2.2: control characters print raw there), so each is
    /// written as JSL's own escape, <c>\!n</c> for a line feed and <c>\!r</c> for a carriage
    /// return: the line stays one line and the text still reads back as the same string.
    /// </summary>
    public static string Of(string text)
    {
        if (text.IndexOfAny(['\n', '\r']) < 0) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c == '\n') sb.Append("\\!n");
            else if (c == '\r') sb.Append("\\!r");
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
