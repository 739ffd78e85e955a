using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Formatting;
using Jsl.Runtime.Output;
using Jsl.Runtime.Values;
using Jsl.Syntax;

namespace Jsl.Builtins.Namespaces;

/// <summary>
/// <c>Show Symbols()</c> and its older alias <c>Show Globals()</c>: the script's variables and their
/// values in the log, in the Scripting Guide's layout — a section for the Here namespace, then one
/// for the global one, each <c>// Here</c>, one <c>name = value;</c> line per variable and a count
/// line <c>// 2 Here</c>.
/// </summary>
internal static class SymbolListing
{
    public static void Register(BuiltinTable table)
    {
        table.Add("Namespaces", "Show Symbols", Show);
        table.Add("Namespaces", "Show Globals", Show);
    }

    /// <summary>
    /// Decision: the Here section appears only when the script has a Here namespace of its own
    /// (<c>Names Default To Here(1)</c>); a section without variables is left out, so after
    /// <c>Delete Symbols()</c> nothing is written, as the Scripting Guide says; a blank line separates
    /// two sections; variables are in the order <c>Show Namespaces</c> lists members (by name);
    /// local variables of a <c>Local</c> block or function are not listed.
    /// </summary>
    private static Value Show(CallContext c)
    {
        c.RequireCount(0, 0);
        var log = c.Interpreter.Log;
        var globals = c.Interpreter.Globals;
        var sections = new List<(string Title, NamespaceValue Names)>();
        if (!ReferenceEquals(c.Scope.Here, globals)) sections.Add(("Here", c.Scope.Here));
        sections.Add(("Global", globals));
        var first = true;
        foreach (var (title, names) in sections)
        {
            var members = NamespaceMembers.Sorted(names);
            if (members.Count == 0) continue;
            if (!first) log.Line("");
            first = false;
            Write(log, title, names, members);
        }
        return EmptyValue.Instance;
    }

    /// <summary>A value as code. Decision: a cleared variable shows as <c>Empty</c>, as in the Scripting Guide's listing after <c>Clear Symbols()</c>.</summary>
    private static string Text(Value value) => value is EmptyValue ? "Empty" : ValueFormatter.ToCode(value);

    private static void Write(Log log, string title, NamespaceValue names, List<KeyValuePair<Symbol, Value>> members)
    {
        log.Line($"// {title}");
        foreach (var (key, value) in members) log.Line($"{names.SpellingOf(key)} = {Text(value)};");
        log.Line($"// {members.Count} {title}");
    }
}
