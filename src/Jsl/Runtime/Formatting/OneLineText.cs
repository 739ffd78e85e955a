using System.Globalization;
using System.Text;

namespace Jsl.Runtime.Formatting;

/// <summary>
/// Text that must stay on one line (an error line, a <c>--trace</c> record) with its control
/// characters written as JSL's own escapes.
/// </summary>
internal static class OneLineText
{
    /// <summary>
    /// Decision: a line that prints JSL text is one line. Printed JSL has raw control characters
    /// only inside string literals (output.md §2.2: control characters print raw there), so each is
    /// written as JSL's own escape: <c>\!n</c> line feed, <c>\!r</c> carriage return, <c>\!t</c>
    /// tab, <c>\!0</c> NUL, <c>\!b</c> backspace, <c>\!f</c> form feed; the line stays one line and
    /// the text still reads back as the same string. Decision: a control character JSL has no
    /// escape for (the other C0 controls, DEL, the C1 controls such as NEL, and the Unicode line
    /// and paragraph separators, which some readers also split lines at) is written
    /// <c>\!x</c> and its code in hexadecimal (<c>\!x1B</c>): it stays visible and the record one
    /// line, though JSL reads that text back as itself, not as the character.
    /// </summary>
    public static string Of(string text)
    {
        var first = 0;
        while (first < text.Length && !NeedsEscape(text[first])) first++;
        if (first == text.Length) return text;
        var sb = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                sb.Append(c);
                continue;
            }
            sb.Append("\\!");
            switch (c)
            {
                case '\n': sb.Append('n'); break;
                case '\r': sb.Append('r'); break;
                case '\t': sb.Append('t'); break;
                case '\0': sb.Append('0'); break;
                case '\b': sb.Append('b'); break;
                case '\f': sb.Append('f'); break;
                default: sb.Append('x').Append(((int)c).ToString(c < 0x100 ? "X2" : "X4", CultureInfo.InvariantCulture)); break;
            }
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
