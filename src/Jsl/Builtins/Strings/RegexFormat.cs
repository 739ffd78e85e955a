using System.Text;
using System.Text.RegularExpressions;

namespace Jsl.Builtins.Strings;

/// <summary>
/// JMP's regex replacement text: <c>\0</c> is the whole match, <c>\1</c>–<c>\9</c> the groups.
/// Decision: a group that did not take part in the match contributes nothing, and every other
/// character (including other backslashes) is copied as it is.
/// </summary>
internal static class RegexFormat
{
    /// <summary>The format with its back references filled in from <paramref name="match"/>.</summary>
    public static string Expand(string format, Match match)
    {
        if (!format.Contains('\\', StringComparison.Ordinal)) return format;
        var sb = new StringBuilder(format.Length + match.Length);
        for (var i = 0; i < format.Length; i++)
        {
            var ch = format[i];
            if (ch == '\\' && i + 1 < format.Length && char.IsAsciiDigit(format[i + 1]))
            {
                var group = match.Groups[format[i + 1] - '0'];
                if (group.Success) sb.Append(group.Value);
                i++;
            }
            else
            {
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
