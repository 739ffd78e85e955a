using System.Collections.Concurrent;

namespace Jsl.Syntax;

/// <summary>
/// An interned JSL name. JSL compares names ignoring case and all whitespace
/// (<c>Char To Blob</c> = <c>chartoblob</c>), so the key is the name with whitespace removed and
/// lower-cased; symbols with equal keys are the same object and compare by reference.
/// </summary>
internal sealed class Symbol
{
    private static readonly ConcurrentDictionary<string, Symbol> Table = new(StringComparer.Ordinal);

    private Symbol(string key, string text)
    {
        Key = key;
        Text = text;
        Bit = 1UL << (int)((uint)Interlocked.Increment(ref s_interned) % 64);
    }

    // How many symbols have been made: the next one's bit.
    private static int s_interned;

    /// <summary>
    /// One of 64 bits, given in turn as names are first interned: tables OR the bits of their
    /// names together, so a lookup can tell without searching that a chain of tables cannot hold
    /// this name. Why in turn rather than by hash: a string's hash changes with each process
    /// (.NET randomises it), so two names of one function sharing a bit (and every lookup of
    /// them searching) varied from run to run; names interned one after another, as a script's
    /// are when it is parsed, get different bits, and the same script gets the same bits each run.
    /// </summary>
    internal ulong Bit { get; }

    /// <summary>The canonical key: whitespace removed, lower-cased (invariant culture).</summary>
    public string Key { get; }

    /// <summary>The spelling first seen for this name (built-ins register theirs first).</summary>
    public string Text { get; }

    /// <summary>Returns the one symbol for <paramref name="text"/>'s canonical key.</summary>
    public static Symbol Intern(string text)
    {
        var key = CanonicalKey(text);
        if (Table.TryGetValue(key, out var existing)) return existing;
        return Table.GetOrAdd(key, k => new Symbol(k, CollapseWhitespace(text)));
    }

    /// <summary>The lookup key of a name: whitespace removed, lower-cased.</summary>
    public static string CanonicalKey(string text)
    {
        var needsWork = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsUpper(c)) { needsWork = true; break; }
        }
        if (!needsWork) return text;
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) chars.Append(char.ToLowerInvariant(c));
        }
        return chars.ToString();
    }

    /// <summary>Trims a name as written and folds interior whitespace runs to one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        var trimmed = text.Trim();
        var hasRun = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]) && (trimmed[i] != ' ' || (i + 1 < trimmed.Length && char.IsWhiteSpace(trimmed[i + 1]))))
            {
                hasRun = true;
                break;
            }
        }
        if (!hasRun) return trimmed;
        var sb = new System.Text.StringBuilder(trimmed.Length);
        var lastWasSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
            }
            else
            {
                sb.Append(c);
                lastWasSpace = false;
            }
        }
        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
