using Jsl.Runtime.Formatting;
using Jsl.Runtime.Output;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Namespaces;

/// <summary>
/// How <c>Show Namespaces</c> and <c>&lt;&lt; Show Contents</c> write a namespace to the log.
/// Decision: the documentation does not show JMP's layout; ours is the namespace as it prints
/// (<c>Namespace("aa")</c>) followed by one line per member, <c>name = value;</c>, in key order,
/// each indented by a tab.
/// </summary>
internal static class NamespaceListing
{
    /// <summary>Writes <paramref name="ns"/> and its members.</summary>
    public static void Write(Log log, NamespaceValue ns)
    {
        log.Line(ValueFormatter.ToPrintText(ns));
        foreach (var (key, value) in NamespaceMembers.Sorted(ns)) log.Line($"\t{ns.SpellingOf(key)} = {ValueFormatter.ToCode(value)};");
    }
}
