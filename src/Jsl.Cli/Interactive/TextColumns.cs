using System.Buffers;
using System.Globalization;
using System.Text;
using Wcwidth;

namespace Jsl.Cli.Interactive;

/// <summary>
/// How many terminal columns text takes and where its characters as the user sees them
/// (grapheme clusters: a letter with its accents, an emoji with its modifiers) begin. A CJK
/// ideograph or an emoji takes two columns, a combining accent none; the widths come from
/// the Wcwidth package (the tables of Markus Kuhn's wcwidth, kept up to date with Unicode).
/// </summary>
internal static class TextColumns
{
    /// <summary>The columns <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) takes on a terminal.</summary>
    public static int Of(string text, int start, int end)
    {
        var columns = 0;
        var i = start;
        while (i < end)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out var rune, out var used) != OperationStatus.Done) rune = Rune.ReplacementChar;
            columns += ColumnsOf(rune);
            i += Math.Max(1, used);
        }
        return columns;
    }

    /// <summary>The columns all of <paramref name="text"/> takes.</summary>
    public static int Of(string text) => Of(text, 0, text.Length);

    /// <summary>
    /// The columns one character takes. Decision: a control character (which the editor never
    /// inserts, but a history file edited by hand may hold) counts as none, as the terminal
    /// draws nothing for most of them.
    /// </summary>
    public static int ColumnsOf(Rune rune) => Math.Max(0, UnicodeCalculator.GetWidth(rune));

    /// <summary>Where the character the user sees that ends at <paramref name="index"/> begins (0 at the start).</summary>
    public static int PreviousBoundary(string text, int index)
    {
        var boundary = 0;
        var i = 0;
        while (i < index)
        {
            boundary = i;
            i += Math.Max(1, StringInfo.GetNextTextElementLength(text, i));
        }
        return boundary;
    }

    /// <summary>Where the character the user sees that begins at <paramref name="index"/> ends (the length at the end).</summary>
    public static int NextBoundary(string text, int index) =>
        index >= text.Length ? text.Length : index + Math.Max(1, StringInfo.GetNextTextElementLength(text, index));
}
