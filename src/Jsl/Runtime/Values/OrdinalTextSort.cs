namespace Jsl.Runtime.Values;

/// <summary>
/// Sorts texts in ordinal order (<see cref="string.CompareOrdinal(string, string)"/>), as an
/// associative array walks its string keys: by four UTF-16 units at a time packed into one number,
/// which sorts as plain numbers do, each run that shares those units then by the next four. Keys
/// made in a loop (<c>"k" || Char( i )</c>) share long runs of their first units, which a sort by
/// full comparison follows through memory again and again.
/// </summary>
internal static class OrdinalTextSort
{
    /// <summary>Below this many texts a run is sorted by full comparison: packing would not pay for itself.</summary>
    private const int PackedFrom = 32;

    /// <summary>Texts still equal this far in are sorted by full comparison: the recursion stays shallow whatever the keys.</summary>
    private const int PackedUpTo = 64;

    /// <summary>Sorts <paramref name="texts"/> in place.</summary>
    public static void Sort(string[] texts)
    {
        if (texts.Length < PackedFrom)
        {
            Array.Sort(texts, StringComparer.Ordinal);
            return;
        }
        SortRun(texts, new ulong[texts.Length], 0, texts.Length, 0);
    }

    private static void SortRun(string[] texts, ulong[] prefixes, int start, int count, int offset)
    {
        var longer = false;
        for (var i = start; i < start + count; i++)
        {
            prefixes[i] = Prefix(texts[i], offset);
            longer |= texts[i].Length > offset + 4;
        }
        Array.Sort(prefixes, texts, start, count);
        // With no text going on past these four units, texts of equal prefix differ only in where
        // they end (or are equal): full comparison orders them.
        var run = start;
        for (var i = start + 1; i <= start + count; i++)
        {
            if (i < start + count && prefixes[i] == prefixes[run]) continue;
            var length = i - run;
            if (length >= PackedFrom && longer && offset + 4 < PackedUpTo) SortRun(texts, prefixes, run, length, offset + 4);
            else if (length > 1) Array.Sort(texts, run, length, StringComparer.Ordinal);
            run = i;
        }
    }

    /// <summary>
    /// Four units from <paramref name="offset"/>, the first in the highest bits, a shorter text padded
    /// with 0: among texts equal before <paramref name="offset"/>, a smaller prefix is always the smaller
    /// text, and texts of equal prefix are compared further (a text ending early and one going on with
    /// the unit 0 have the same prefix).
    /// </summary>
    private static ulong Prefix(string text, int offset)
    {
        ulong packed = 0;
        for (var i = offset; i < offset + 4; i++) packed = (packed << 16) | (i < text.Length ? text[i] : 0u);
        return packed;
    }
}
