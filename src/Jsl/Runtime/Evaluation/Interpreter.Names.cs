using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

public sealed partial class Interpreter
{
    private static readonly Symbol HereSymbol = Symbol.Intern("Here");
    private static readonly Symbol LocalSymbol = Symbol.Intern("Local");
    private static readonly Symbol GlobalSymbol = Symbol.Intern("Global");

    /// <summary>
    /// Evaluates a name. A variable that holds an expression evaluates that expression (JSL's rule;
    /// <c>Name Expr</c> gets the expression itself).
    /// </summary>
    private Value EvalName(NameNode name, Scope scope)
    {
        var stored = LookupVariable(name, scope) ?? throw NameUnresolved(name);
        return stored is ExpressionValue expression ? Eval(expression.Node, scope) : stored;
    }

    /// <summary>The error JMP gives for a name with no value.</summary>
    public static JslRuntimeError NameUnresolved(NameNode name) => new($"Name Unresolved: {name.Text}", name);

    /// <summary>Finds the value stored under a (possibly scoped) name without evaluating it; null when unset.</summary>
    public Value? LookupVariable(NameNode name, Scope scope)
    {
        switch (name.Scope)
        {
            case NameScope.Unqualified:
                return LookupUnqualified(name.Symbol, scope);
            case NameScope.Global:
            case NameScope.Root:
                return Globals.Variables.TryGet(name.Symbol, out var global) ? global : null;
            case NameScope.Qualified:
                var (table, _) = ResolveQualifier(name, scope, forAssignment: false);
                return table is not null && table.TryGet(name.Symbol, out var scoped) ? scoped : null;
            default:
                throw new JslRuntimeError("Data table columns are not available in jsl", name);
        }
    }

    /// <summary>Looks an unscoped name up: local frames, then Here, then globals.</summary>
    public Value? LookupUnqualified(Symbol symbol, Scope scope)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Locals is not null && s.Locals.TryGet(symbol, out var local)) return local;
        }
        if (scope.Here.Variables.TryGet(symbol, out var here)) return here;
        if (!ReferenceEquals(scope.Here, Globals) && Globals.Variables.TryGet(symbol, out var global)) return global;
        return null;
    }

    /// <summary>
    /// <see cref="LookupUnqualified(Symbol, Scope)"/> for a prepared name that remembers, in
    /// <paramref name="cache"/>, the cell where it last found the variable in a Here namespace.
    /// Local frames are still searched first, so the cell is used only where the full lookup would
    /// reach the same namespace, and a removed variable's cell is empty.
    /// </summary>
    internal Value? LookupUnqualified(Symbol symbol, Scope scope, ref VariableCell? cache)
    {
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Locals is not null && s.Locals.TryGet(symbol, out var local)) return local;
        }
        var here = scope.Here.Variables;
        var cell = cache;
        if (cell is not null && ReferenceEquals(cell.Table, here)) return cell.Value;
        cell = here.FindCell(symbol);
        if (cell is not null)
        {
            cache = cell;
            return cell.Value;
        }
        if (!ReferenceEquals(scope.Here, Globals) && Globals.Variables.TryGet(symbol, out var global)) return global;
        return null;
    }

    /// <summary>
    /// An unscoped assignment, as <see cref="AssignVariable"/> makes it, for a prepared name that
    /// remembers the Here namespace's cell of the variable in <paramref name="cache"/>.
    /// </summary>
    internal void AssignUnqualified(NameNode at, Value value, Scope scope, ref VariableCell? cache)
    {
        var symbol = at.Symbol;
        var local = scope.FindLocal(symbol);
        if (local is not null)
        {
            local.Set(symbol, value);
            return;
        }
        if (scope.CreatesLocals)
        {
            scope.InnermostLocals!.Set(symbol, value);
            return;
        }
        if (scope.Here.HasLocks) scope.Here.RequireWritable(symbol, at);
        var here = scope.Here.Variables;
        var cell = cache;
        if (cell is not null && ReferenceEquals(cell.Table, here))
        {
            cell.Value = value;
            return;
        }
        scope.Here.Define(symbol, at.Text, value);
        cache = here.FindCell(symbol);
    }

    /// <summary>Stores <paramref name="value"/> under a (possibly scoped) name, creating it where JSL's rules say.</summary>
    public void AssignVariable(NameNode name, Value value, Scope scope)
    {
        switch (name.Scope)
        {
            case NameScope.Unqualified:
                var target = TableForAssignment(name.Symbol, scope, name);
                if (ReferenceEquals(target, scope.Here.Variables)) scope.Here.Define(name.Symbol, name.Text, value);
                else target.Set(name.Symbol, value);
                return;
            case NameScope.Global:
            case NameScope.Root:
                if (Globals.HasLocks) Globals.RequireWritable(name.Symbol, name);
                Globals.Define(name.Symbol, name.Text, value);
                return;
            case NameScope.Qualified:
                var (table, owner) = ResolveQualifier(name, scope, forAssignment: true);
                if (table is null) throw new JslRuntimeError($"Name Unresolved: {QualifierText(name)}", name);
                owner?.RequireWritable(name.Symbol, name);
                if (owner is not null && ReferenceEquals(table, owner.Variables)) owner.Define(name.Symbol, name.Text, value);
                else table.Set(name.Symbol, value);
                return;
            default:
                throw new JslRuntimeError("Data table columns are not available in jsl", name);
        }
    }

    /// <summary>
    /// Where an unscoped assignment goes: an existing local, else a new local under
    /// <c>{Default Local}</c>, else the script's Here namespace (which is the global namespace
    /// unless <c>Names Default To Here(1)</c> was given), unless the name is already a global.
    /// </summary>
    private static VariableTable TableForAssignment(Symbol symbol, Scope scope, NameNode at)
    {
        var local = scope.FindLocal(symbol);
        if (local is not null) return local;
        if (scope.CreatesLocals) return scope.InnermostLocals!;
        if (scope.Here.HasLocks) scope.Here.RequireWritable(symbol, at);
        return scope.Here.Variables;
    }

    /// <summary>
    /// The table a qualified name lives in, and the namespace that owns it (null for local
    /// frames, whose names are never locked). A qualifier that is not <c>Here</c>, <c>Global</c>
    /// or <c>Local</c> is a variable holding a namespace (or a namespace's name), else a
    /// namespace's name; any other expression is evaluated and must give a namespace or a name.
    /// </summary>
    private (VariableTable? Table, NamespaceValue? Owner) ResolveQualifier(NameNode name, Scope scope, bool forAssignment)
    {
        switch (name.Qualifier)
        {
            case NameNode qualifier when qualifier.Scope == NameScope.Unqualified && ReferenceEquals(qualifier.Symbol, HereSymbol):
                return (scope.Here.Variables, scope.Here);
            case NameNode qualifier when qualifier.Scope == NameScope.Unqualified && ReferenceEquals(qualifier.Symbol, GlobalSymbol):
                return (Globals.Variables, Globals);
            case NameNode qualifier when qualifier.Scope == NameScope.Unqualified && ReferenceEquals(qualifier.Symbol, LocalSymbol):
                var local = scope.FindLocal(name.Symbol);
                if (local is not null) return (local, null);
                if (!forAssignment) return (null, null);
                return scope.InnermostLocals is { } innermost ? (innermost, null) : (scope.Here.Variables, scope.Here);
            case NameNode qualifier:
                var reference = LookupVariable(qualifier, scope);
                if (reference is NamespaceValue ns) return Usable(ns, qualifier);
                if (reference is StringValue nsName && Namespaces.Find(nsName.Value) is { } byRefName) return Usable(byRefName, qualifier);
                if (Namespaces.Find(qualifier.Text) is { } named) return Usable(named, qualifier);
                throw new JslRuntimeError($"Name Unresolved: {qualifier.Text}", qualifier);
            case StringNode text:
                return Namespaces.Find(text.Value) is { } byName ? Usable(byName, name) : throw NamespaceNotFound(text.Value, name);
            case Node other:
                return Eval(other, scope) switch
                {
                    NamespaceValue evaluated => Usable(evaluated, other),
                    StringValue text => Namespaces.Find(text.Value) is { } evaluatedByName ? Usable(evaluatedByName, name) : throw NamespaceNotFound(text.Value, name),
                    var value => throw new JslRuntimeError($"a scope must be a namespace or a namespace's name, not a {value.TypeName}", other),
                };
            default:
                throw new JslRuntimeError("Unknown scope", name);
        }
    }

    private static (VariableTable, NamespaceValue) Usable(NamespaceValue ns, Node at) => ns.IsDeleted ? throw ns.Deleted(at) : (ns.Variables, ns);

    /// <summary>The error for a namespace name that names none.</summary>
    public static JslRuntimeError NamespaceNotFound(string name, Node at) => new($"Namespace \"{name}\" not found", at);

    private static string QualifierText(NameNode name) => name.Qualifier switch
    {
        NameNode q => q.Text,
        StringNode s => s.Value,
        _ => "?",
    };

    /// <summary>Finds what a call to a user function refers to.</summary>
    private Value? LookupCallee(CallNode call, Scope scope)
    {
        if (call.Qualifier is null) return LookupUnqualified(call.Head, scope);
        var asName = new NameNode(call.Position, call.Head, call.HeadText, NameScope.Qualified, call.Qualifier);
        return LookupVariable(asName, scope);
    }
}
