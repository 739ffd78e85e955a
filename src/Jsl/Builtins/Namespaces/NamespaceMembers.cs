using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Builtins.Namespaces;

/// <summary>A namespace's members in key order, the order every namespace message walks them in.</summary>
internal static class NamespaceMembers
{
    /// <summary>
    /// The members sorted by name. Decision: names sort by their text, ordinal (as string keys of an
    /// associative array do), so <c>First</c>/<c>Next</c> walk what <c>Get Keys</c> lists.
    /// </summary>
    public static List<KeyValuePair<Symbol, Value>> Sorted(NamespaceValue ns)
    {
        var members = ns.Variables.Entries.ToList();
        members.Sort((a, b) => string.CompareOrdinal(ns.SpellingOf(a.Key), ns.SpellingOf(b.Key)));
        return members;
    }
}
