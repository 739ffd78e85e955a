using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Jsl.Builtins.Strings;

/// <summary>
/// Compiled user patterns, kept so a script calling <c>Regex</c> in a loop parses each pattern once.
/// Bounded: when full it is simply emptied (scripts use few distinct patterns).
/// </summary>
internal static class RegexCache
{
    private const int Capacity = 256;
    private static readonly ConcurrentDictionary<(string, RegexOptions, TimeSpan), Regex> Cache = new();

    /// <summary>
    /// The regex for <paramref name="pattern"/>, with a match timeout when one is given (see
    /// <see cref="CancellableRegex"/>); throws <see cref="ArgumentException"/> when the pattern is invalid.
    /// </summary>
    public static Regex Get(string pattern, RegexOptions options, TimeSpan? matchTimeout = null)
    {
        var key = (pattern, options, matchTimeout ?? Regex.InfiniteMatchTimeout);
        if (Cache.TryGetValue(key, out var regex)) return regex;
        if (Cache.Count >= Capacity) Cache.Clear();
        regex = new Regex(pattern, options, key.Item3);
        Cache[key] = regex;
        return regex;
    }
}
