namespace Jsl.Builtins.Http;

/// <summary>Query strings and URL-encoded forms: <c>key=value</c> pairs joined by <c>&amp;</c>.</summary>
internal static class QueryText
{
    /// <summary>One <c>key=value</c> pair, percent-encoded unless <paramref name="encode"/> is false (<c>URI Encode(0)</c>).</summary>
    public static string Pair(string key, string value, bool encode) =>
        encode ? $"{Uri.EscapeDataString(key)}={Uri.EscapeDataString(value)}" : $"{key}={value}";

    /// <summary><paramref name="url"/> with the pairs appended after <c>?</c> (or <c>&amp;</c> when it has a query already).</summary>
    public static string Append(string url, IReadOnlyList<KeyValuePair<string, string>> pairs, bool encode)
    {
        if (pairs.Count == 0) return url;
        var query = string.Join('&', pairs.Select(p => Pair(p.Key, p.Value, encode)));
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }
}
