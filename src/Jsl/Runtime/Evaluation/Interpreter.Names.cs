using Jsl.Runtime.Classes;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

internal sealed partial class Interpreter
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
        if (name.Scope == NameScope.Qualified)
        {
            var member = LookupQualified(name, scope, out var owner) ?? throw NameUnresolved(name);
            return owner is null ? ReadStored(member, scope, name) : ReadMember(member, name, scope);
        }
        var stored = LookupVariable(name, scope) ?? throw NameUnresolved(name);
        return ReadStored(stored, scope, name);
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
                return LookupQualified(name, scope, out _);
            default:
                throw new JslRuntimeError("Data table columns are not available in jsl", name);
        }
    }

    /// <summary>Finds the value stored under <c>q:name</c>; <paramref name="owner"/> is the object when <c>q</c> is one. Null when unset.</summary>
    private Value? LookupQualified(NameNode name, Scope scope, out ClassObject? owner)
    {
        var target = ResolveQualifier(name.Qualifier!, name.Symbol, name, scope, forAssignment: false);
        owner = target.Object;
        if (target.Table is not null && target.Table.TryGet(name.Symbol, out var scoped)) return scoped;
        if (target.Object is { } self) throw UnknownMember(self, name);
        return null;
    }

    /// <summary>Looks an unscoped name up: local frames, the object's members in a method, the callers' locals, then Here, then globals.</summary>
    public Value? LookupUnqualified(Symbol symbol, Scope scope)
    {
        if (scope.FindLocalValue(symbol) is { } local) return local;
        if (scope.This is { } self && FindInObject(self, symbol, scope) is { } member) return member;
        if (scope.FindCallerLocal(symbol) is { } callers && callers.TryGet(symbol, out var callerLocal)) return callerLocal;
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal Value? LookupUnqualified(Symbol symbol, Scope scope, ref VariableCell? cache)
    {
        // Inlined where names are read: a script variable read where no local can hold it is two
        // tests and the cell; everything else, apart, so that this costs no frame of its own.
        if (scope.ReachesHereDirectly(symbol.Bit) && cache is { } cell && ReferenceEquals(cell.Table, scope.Here.Variables)) return cell.Value;
        return LookupUnqualifiedSearching(symbol, scope, ref cache);
    }

    private Value? LookupUnqualifiedSearching(Symbol symbol, Scope scope, ref VariableCell? cache)
    {
        if (!scope.ReachesHereDirectly(symbol.Bit))
        {
            // A frame without Local blocks (a method's, reading a member) asks its own table by
            // its name bits, without the walk.
            if (scope.Parent is null)
            {
                if ((scope.KeyMask & symbol.Bit) != 0 && scope.TryGet(symbol, out var own)) return own;
            }
            else if (scope.FindLocalValue(symbol) is { } local) return local;
            if (scope.This is { } self && FindInObject(self, symbol, scope) is { } member) return member;
            if (scope.FindCallerLocal(symbol) is { } callers && callers.TryGet(symbol, out var callerLocal)) return callerLocal;
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void AssignUnqualified(NameNode at, Value value, Scope scope, ref VariableCell? cache)
    {
        // Inlined as LookupUnqualified is: a script variable that exists, in an unlocked Here.
        if (scope.ReachesHereDirectly(at.Symbol.Bit) && !scope.DefaultLocal && cache is { } cell
            && ReferenceEquals(cell.Table, scope.Here.Variables) && !scope.Here.HasLocks)
        {
            cell.Value = value;
            return;
        }
        // A member assigned in a method's body, where no local of the frame can have the name: the
        // object's member, as the search would find it after no local.
        if (scope.MemberOwnerFor(at.Symbol.Bit) is { } self && ReplaceOwnMember(self, at, value)) return;
        AssignUnqualifiedSearching(at, value, scope, ref cache);
    }

    private void AssignUnqualifiedSearching(NameNode at, Value value, Scope scope, ref VariableCell? cache)
    {
        var symbol = at.Symbol;
        // Neither a local, a member nor a caller's local, and no {Default Local}: straight to Here.
        if (!scope.ReachesHereDirectly(symbol.Bit) || scope.DefaultLocal)
        {
            var local = scope.FindLocal(symbol);
            if (local is not null)
            {
                local.Set(symbol, value);
                return;
            }
            if (TryAssignMember(symbol, value, scope, at)) return;
            if (scope.CreatesLocals)
            {
                scope.InnermostLocals!.Set(symbol, value);
                return;
            }
            if (scope.FindCallerLocal(symbol) is { } callers)
            {
                callers.Set(symbol, value);
                return;
            }
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
                if (scope.FindLocal(name.Symbol) is null && TryAssignMember(name.Symbol, value, scope, name)) return;
                var local = TableForAssignment(name.Symbol, scope, name);
                if (ReferenceEquals(local, scope.Here.Variables)) scope.Here.Define(name.Symbol, name.Text, value);
                else local.Set(name.Symbol, value);
                return;
            case NameScope.Global:
            case NameScope.Root:
                if (Globals.HasLocks) Globals.RequireWritable(name.Symbol, name);
                Globals.Define(name.Symbol, name.Text, value);
                return;
            case NameScope.Qualified:
                var target = ResolveQualifier(name.Qualifier!, name.Symbol, name, scope, forAssignment: true);
                if (target.Object is { } self)
                {
                    self.SetMember(name.Symbol, value, name, name.Text);
                    return;
                }
                var table = target.Table ?? throw new JslRuntimeError($"Name Unresolved: {QualifierText(name)}", name);
                var owner = target.Owner;
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
        if (scope.FindCallerLocal(symbol) is { } callers) return callers;
        if (scope.Here.HasLocks) scope.Here.RequireWritable(symbol, at);
        return scope.Here.Variables;
    }

    /// <summary>
    /// What a qualifier names: <c>Here</c>, <c>Global</c> and <c>Local</c> their tables; a name, its
    /// value (a namespace, a string naming one, a class object) or else the namespace of that name;
    /// a string literal, the namespace of that name; any other expression, its value.
    /// </summary>
    internal QualifierTarget ResolveQualifier(Node qualifier, Symbol member, Node at, Scope scope, bool forAssignment)
    {
        switch (qualifier)
        {
            case NameNode q when q.Scope == NameScope.Unqualified && ReferenceEquals(q.Symbol, HereSymbol):
                return Usable(scope.Here, q);
            case NameNode q when q.Scope == NameScope.Unqualified && ReferenceEquals(q.Symbol, GlobalSymbol):
                return Usable(Globals, q);
            case NameNode q when q.Scope == NameScope.Unqualified && ReferenceEquals(q.Symbol, LocalSymbol):
                var local = scope.FindLocal(member);
                if (local is not null) return new(local);
                if (!forAssignment) return new(null);
                return scope.InnermostLocals is { } innermost ? new(innermost) : Usable(scope.Here, q);
            case NameNode q:
                var reference = LookupVariable(q, scope);
                if (reference is not null && TargetOf(reference, scope, q) is { } target) return target;
                if (Namespaces.Find(q.Text) is { } named) return Usable(named, q);
                if (reference is not null) throw NotQualifiable(q, reference, at);
                throw new JslRuntimeError($"Name Unresolved: {q.Text}", q);
            case StringNode text:
                return NamespaceNamed(text.Value, scope) is { } byName ? Usable(byName, at) : throw NamespaceNotFound(text.Value, at);
            default:
                var value = Eval(qualifier, scope);
                // Decision: a qualifier whose value is a name ({ns}[1]:v, a list item holding the
                // name of a namespace or object) qualifies as that name would.
                if (value is ExpressionValue { Node: NameNode held }) return ResolveQualifier(held, member, at, scope, forAssignment);
                return TargetOf(value, scope, qualifier) ?? throw NotQualifiable(qualifier, value, at);
        }
    }

    /// <summary>The target a qualifier's value gives, or null when the value cannot qualify a name.</summary>
    private QualifierTarget? TargetOf(Value value, Scope scope, Node at) => value switch
    {
        NamespaceValue ns => Usable(ns, at),
        StringValue s when NamespaceNamed(s.Value, scope) is { } named => Usable(named, at),
        ClassObject self => new QualifierTarget(self.Members, self),
        SuperReference super => new QualifierTarget(super.Self.Members, super.Self, super.From),
        _ => null,
    };

    /// <summary>
    /// A namespace by name: one made with <c>New Namespace</c>, else <c>"Global"</c> or <c>"Here"</c>;
    /// null when none. Decision: the names of the two built-in namespaces work as qualifiers, as
    /// jsl-hamcrest's <c>As Scoped( "global", name ) = f</c> expects.
    /// </summary>
    private NamespaceValue? NamespaceNamed(string name, Scope scope)
    {
        if (Namespaces.Find(name) is { } named) return named;
        var key = Symbol.Intern(name);
        if (ReferenceEquals(key, GlobalSymbol)) return Globals;
        return ReferenceEquals(key, HereSymbol) ? scope.Here : null;
    }

    /// <summary>A namespace's table as a qualifier's target; a deleted namespace is an error.</summary>
    private static QualifierTarget Usable(NamespaceValue ns, Node at) => ns.IsDeleted ? throw ns.Deleted(at) : new(ns.Variables, Owner: ns);

    /// <summary>The error for a namespace name that names none.</summary>
    public static JslRuntimeError NamespaceNotFound(string name, Node at) => new($"Namespace \"{name}\" not found", at);

    private static JslRuntimeError NotQualifiable(Node qualifier, Value value, Node at) =>
        new($"{Formatting.ExpressionPrinter.Print(qualifier)} is not an object or a namespace ({value.TypeName})", at);

    private static JslRuntimeError UnknownMember(ClassObject self, NameNode name) =>
        new($"Unknown member '{name.Text}' in object of class \"{self.Class.Name}\"", name);

    private static string QualifierText(NameNode name) => name.Qualifier switch
    {
        NameNode q => q.Text,
        StringNode s => s.Value,
        { } other => Formatting.ExpressionPrinter.Print(other),
        _ => "?",
    };
}
