namespace Jsl.Builtins.Strings;

/// <summary>
/// How <c>Word</c>/<c>Words</c> and <c>Item</c>/<c>Items</c> cut a string. Words are maximal runs of
/// characters that are not delimiters (runs of delimiters count as one); items are what lies
/// between single delimiters, so empty items are kept. An empty delimiter string makes every
/// character its own word or item.
/// </summary>
internal static class WordSplitter
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static List<TextSpan> Words(string text, string delimiters)
    {
        var spans = new List<TextSpan>();
        if (delimiters.Length == 0) return EachCharacter(text);
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var isDelimiter = delimiters.Contains(text[i], StringComparison.Ordinal);
            if (isDelimiter && start >= 0)
            {
                spans.Add(new TextSpan(start, i - start));
                start = -1;
            }
            else if (!isDelimiter && start < 0)
            {
                start = i;
            }
        }
        if (start >= 0) spans.Add(new TextSpan(start, text.Length - start));
        return spans;
    }

    /// <summary>
    /// The items of <paramref name="text"/>. Decision: without <paramref name="includeBoundaryDelimiters"/>,
    /// one delimiter at the very start and one at the very end do not make an empty first or last
    /// item (the Scripting Index contrasts <c>Items(",Apple,...")</c> with and without
    /// <c>Include Boundary Delimiters</c>); the empty string has no items.
    /// </summary>
    public static List<TextSpan> Items(string text, string delimiters, bool includeBoundaryDelimiters)
    {
        if (delimiters.Length == 0) return EachCharacter(text);
        var spans = new List<TextSpan>();
        if (text.Length == 0) return spans;
        var from = 0;
        var to = text.Length;
        if (!includeBoundaryDelimiters)
        {
            if (IsDelimiter(text[0], delimiters)) from = 1;
            if (to > from && IsDelimiter(text[to - 1], delimiters)) to--;
            if (from >= to) return spans;
        }
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (!IsDelimiter(text[i], delimiters)) continue;
            spans.Add(new TextSpan(start, i - start));
            start = i + 1;
        }
        spans.Add(new TextSpan(start, to - start));
        return spans;
    }

    /// <summary>
    /// Resolves a 1-based position that may count from the end (<c>-1</c> is the last) into a
    /// 0-based index; null when it points outside <paramref name="count"/> parts.
    /// </summary>
    public static int? Resolve(long position, int count)
    {
        var index = position < 0 ? count + position : position - 1;
        return index >= 0 && index < count ? (int)index : null;
    }

    private static bool IsDelimiter(char c, string delimiters) => delimiters.Contains(c, StringComparison.Ordinal);

    private static List<TextSpan> EachCharacter(string text)
    {
        var spans = new List<TextSpan>(text.Length);
        for (var i = 0; i < text.Length; i++) spans.Add(new TextSpan(i, 1));
        return spans;
    }
}
