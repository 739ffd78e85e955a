using Jsl.Runtime.Classes;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

internal sealed partial class Interpreter
{
    private static readonly Symbol ThisSymbol = Symbol.Intern("this");
    private static readonly Symbol SuperSymbol = Symbol.Intern("super");

    // The class whose method's body is being prepared (PrepareMethodBody), else null.
    private ClassDefinition? _preparingMethodOf;

    /// <summary>
    /// Prepares <paramref name="body"/>, a method's body, with the names of <paramref name="owner"/>'s
    /// members as <see cref="Executables.MemberNameRead"/>s (see <see cref="IsPreparingMemberName"/>).
    /// </summary>
    internal Executable PrepareMethodBody(Node body, ClassDefinition owner)
    {
        var outer = _preparingMethodOf;
        _preparingMethodOf = owner;
        try
        {
            return Prepare(body);
        }
        finally
        {
            _preparingMethodOf = outer;
        }
    }

    /// <summary>
    /// True while a method's body is prepared, for a name its class's objects have as a member as
    /// the class now stands. Only a choice of how the name is read: a member's read checks at each
    /// run that the name means the member there, and any other name reads as names always do.
    /// </summary>
    internal bool IsPreparingMemberName(NameNode name) => _preparingMethodOf is { } owner && owner.HasMemberName(name.Symbol);

    /// <summary>True for the names that qualify by scope rather than by value (<c>Here</c>, <c>Global</c>, <c>Local</c>).</summary>
    internal static bool IsScopeQualifier(Symbol symbol) =>
        ReferenceEquals(symbol, HereSymbol) || ReferenceEquals(symbol, GlobalSymbol) || ReferenceEquals(symbol, LocalSymbol);

    /// <summary>
    /// An unscoped name inside a method, after the method's locals: a member of the object, else
    /// <c>this</c> (the object) or <c>super</c> (the object seen from the base classes of the
    /// class that defined the running method); null sends the lookup on to Here and globals.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Value? FindInObject(ClassObject self, Symbol symbol, Scope scope)
    {
        if (self.TryGetMember(symbol, out var member)) return member;
        return FindThisOrSuper(self, symbol, scope);
    }

    /// <summary>
    /// Replaces the member an assignment in a method's body names, where the method's frame cannot
    /// hold the name (<see cref="Scope.MemberOwnerFor"/>); false when the object has no such member.
    /// Apart from the assignment's search, so that a member written in a method costs no frame of
    /// the search's size.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool ReplaceOwnMember(ClassObject self, NameNode at, Value value) => self.TryReplaceMember(at.Symbol, value, at);

    private static Value? FindThisOrSuper(ClassObject self, Symbol symbol, Scope scope)
    {
        if (ReferenceEquals(symbol, ThisSymbol)) return self;
        if (ReferenceEquals(symbol, SuperSymbol)) return new SuperReference(self, scope.EnclosingFunction?.OwnerClass ?? self.Class);
        return null;
    }

    /// <summary>
    /// Decision: inside a method, assigning an unscoped name that is not a local but is a member
    /// of the object sets the member (the Scripting Index's <c>_init_ = Method( {a, b}, real = a; ... )</c>
    /// sets the members <c>real</c> and <c>imag</c>); any other new name becomes a local of the method.
    /// </summary>
    private static bool TryAssignMember(Symbol symbol, Value value, Scope scope, Node? at)
    {
        return scope.This is { } self && self.TryReplaceMember(symbol, value, at);
    }

    /// <summary><c>q:f(args)</c>: a method of an object (or, through <c>super</c>, of a base class), else a function stored in a namespace.</summary>
    internal Value CallQualified(CallNode call, Executable[]? args, Scope scope)
    {
        var target = ResolveQualifier(call.Qualifier!, call.Head, call, scope, forAssignment: false);
        if (target.Object is { } self)
        {
            var found = target.SuperFrom is { } from
                ? ClassHierarchy.FindInBases(ClassRegistry.Of(this), from, call.Head, call)
                : self.TryGetMember(call.Head, out var member) ? member : null;
            return found switch
            {
                FunctionValue method => CallMember(self, method, call, args, scope),
                // Decision: a member holding a name (this:compare = Parse( "Starts With" )) is called
                // as the function of that name, built-in or user, with the call's arguments.
                ExpressionValue { Node: NameNode { Scope: NameScope.Unqualified } named } =>
                    Eval(new CallNode(call.Position, named.Symbol, named.Text, call.Args), scope),
                // A member holding a function definition (obj:fn = Eval Expr( Function( ... ) )) is
                // evaluated into its function, which runs with the call's arguments.
                ExpressionValue when CallableStored(found, scope) is { } defined => CallMember(self, defined, call, args, scope),
                null => throw new JslRuntimeError($"Unknown method '{call.HeadText}' in object of class \"{self.Class.Name}\"", call),
                _ => throw new JslRuntimeError($"'{call.HeadText}' of class \"{self.Class.Name}\" is a {found.TypeName}, not a method", call),
            };
        }
        if (target.Table is not null && target.Table.TryGet(call.Head, out var stored) && CallableStored(stored, scope) is { } function)
        {
            return args is null ? Invoke(function, call, scope) : Invoke(function, call, args, scope);
        }
        throw new JslRuntimeError($"Name Unresolved: {call.HeadText}", call);
    }

    /// <summary>
    /// Calls a member of an object: a method runs on the object; a function member (<c>Function(...)</c> in the class) runs as a plain function.
    /// Decision: a <c>Method( ... )</c> given to an object after it was made (<c>obj:f = Method( {}, x + 1 )</c>)
    /// is a method of the object's class from its first call, reading the object's members as
    /// the methods written in <c>Define Class</c> do.
    /// </summary>
    private Value CallMember(ClassObject self, FunctionValue function, CallNode call, Executable[]? args, Scope scope)
    {
        if (function.OwnerClass is null && !Executables.MethodBodyPreparation.Adopt(function, self.Class, FastPaths)) return args is null ? Invoke(function, call, scope) : Invoke(function, call, args, scope);
        return args is null ? InvokeMethod(self, function, call, scope) : InvokeMethod(self, function, call, args, scope);
    }
}
