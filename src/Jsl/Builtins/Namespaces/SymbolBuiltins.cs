using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Namespaces;

/// <summary>
/// Whole-scope housekeeping: <c>Clear Globals</c>, <c>Delete Globals</c>, <c>Clear Symbols</c>,
/// <c>Delete Symbols</c>, <c>Lock Globals</c>, <c>Unlock Globals</c>, <c>Lock Symbols</c>, <c>Unlock Symbols</c>. Names are written bare or as
/// strings (or lists of strings); none means every name.
/// </summary>
/// <remarks>
/// Decision: the Scripting Index says the Clear functions clear the values of the symbols and the
/// Delete functions delete the symbols and their values. A cleared name therefore stays defined
/// and holds <c>Empty()</c>: jsl-hamcrest relies on it (<c>ut nullptr = .; Clear Globals( ut nullptr )</c>,
/// then <c>ut nullptr;</c> as a function's last expression "to suppress printing anything");
/// a deleted name is gone, and using it is "Name Unresolved". The Globals functions act on the
/// global namespace; the Symbols ones on the names the script sees unqualified, its Here
/// namespace (the global one unless <c>Names Default To Here(1)</c>). Locked names (<c>Lock
/// Globals</c>) are kept, as the Scripting Index says.
/// </remarks>
internal static class SymbolBuiltins
{
    private const string Category = "Namespaces";

    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Clear Globals", static c => Clear(c, c.Interpreter.Globals, delete: false));
        table.Add(Category, "Delete Globals", static c => Clear(c, c.Interpreter.Globals, delete: true));
        table.Add(Category, "Clear Symbols", static c => Clear(c, c.Scope.Here, delete: false));
        table.Add(Category, "Delete Symbols", static c => Clear(c, c.Scope.Here, delete: true));
        table.Add(Category, "Lock Globals", static c => SetLocks(c, c.Interpreter.Globals, locking: true));
        table.Add(Category, "Unlock Globals", static c => SetLocks(c, c.Interpreter.Globals, locking: false));
        // Decision: the Symbols forms lock the names the script sees unqualified (its Here
        // namespace), as Clear Symbols clears them; with Names Default To Here(0) that is the global one.
        table.Add(Category, "Lock Symbols", static c => SetLocks(c, c.Scope.Here, locking: true));
        table.Add(Category, "Unlock Symbols", static c => SetLocks(c, c.Scope.Here, locking: false));
    }

    private static Value Clear(CallContext c, NamespaceValue ns, bool delete)
    {
        var names = Names(c);
        if (c.Count == 0) names = ns.Variables.Entries.Select(static e => e.Key).ToList();
        foreach (var name in names)
        {
            if (ns.IsLocked(name)) continue;
            if (delete) ns.Variables.Remove(name);
            else if (ns.Variables.Contains(name)) ns.Variables.Set(name, EmptyValue.Instance);
        }
        return EmptyValue.Instance;
    }

    private static Value SetLocks(CallContext c, NamespaceValue ns, bool locking)
    {
        c.RequireCount(1);
        foreach (var name in Names(c))
        {
            if (locking) ns.Lock(name);
            else ns.Unlock(name);
        }
        return EmptyValue.Instance;
    }

    /// <summary>The names the arguments give: a bare name as written, else strings or lists of strings.</summary>
    private static List<Symbol> Names(CallContext c)
    {
        var names = new List<Symbol>();
        for (var i = 0; i < c.Count; i++)
        {
            if (c.ArgNode(i) is NameNode { Scope: NameScope.Unqualified } bare)
            {
                names.Add(bare.Symbol);
                continue;
            }
            Add(c, c.Eval(i), names);
        }
        return names;
    }

    private static void Add(CallContext c, Value value, List<Symbol> names)
    {
        switch (value)
        {
            case StringValue text:
                names.Add(Symbol.Intern(text.Value));
                break;
            case ListValue list:
                foreach (var item in list.Items) Add(c, item, names);
                break;
            case ExpressionValue { Node: NameNode name }:
                names.Add(name.Symbol);
                break;
            default:
                throw c.Error($"{c.Call.HeadText} needs names, not a {value.TypeName}");
        }
    }
}
