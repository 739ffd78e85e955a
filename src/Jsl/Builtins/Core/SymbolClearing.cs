using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Core;

/// <summary>
/// <c>Clear Globals</c>, <c>Clear Symbols</c>, <c>Delete Globals</c>, <c>Delete Symbols</c>
/// (Scripting Index): with names, those variables; without, all of them. Decision: clearing
/// keeps a name and gives it Empty() (so a cleared variable returned from a function prints
/// nothing, as libraries use it); deleting removes the name. The Globals forms act on global
/// variables, the Symbols forms on the script's own (Here) variables and the globals.
/// </summary>
internal static class SymbolClearing
{
    private const string Category = "Assignment";

    /// <summary>Adds the four functions to the table.</summary>
    public static void Register(BuiltinTable table)
    {
        table.Add(Category, "Clear Globals", c => Apply(c, symbols: false, delete: false));
        table.Add(Category, "Clear Symbols", c => Apply(c, symbols: true, delete: false));
        table.Add(Category, "Delete Globals", c => Apply(c, symbols: false, delete: true));
        table.Add(Category, "Delete Symbols", c => Apply(c, symbols: true, delete: true));
    }

    private static Value Apply(CallContext c, bool symbols, bool delete)
    {
        var tables = new List<VariableTable> { c.Interpreter.Globals.Variables };
        if (symbols && !ReferenceEquals(c.Scope.Here, c.Interpreter.Globals)) tables.Insert(0, c.Scope.Here.Variables);
        if (c.Count == 0)
        {
            foreach (var table in tables)
            {
                foreach (var name in table.Entries.Select(e => e.Key).ToList()) Change(table, name, delete);
            }
            return EmptyValue.Instance;
        }
        for (var i = 0; i < c.Count; i++)
        {
            var symbol = c.ArgNode(i) switch
            {
                NameNode name => name.Symbol,
                StringNode text => Jsl.Syntax.Symbol.Intern(text.Value),
                _ => throw c.Error("names of variables are written as they are, or as strings"),
            };
            var holder = tables.FirstOrDefault(t => t.Contains(symbol));
            if (holder is not null) Change(holder, symbol, delete);
        }
        return EmptyValue.Instance;
    }

    private static void Change(VariableTable table, Jsl.Syntax.Symbol name, bool delete)
    {
        if (delete) table.Remove(name);
        else table.Set(name, EmptyValue.Instance);
    }
}
