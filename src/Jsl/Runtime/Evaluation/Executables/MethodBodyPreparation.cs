using Jsl.Runtime.Classes;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>
/// Stands in the body of a method defined in <c>Define Class</c> until its first run, which
/// prepares the body knowing the class (so that names of its members become
/// <see cref="MemberNameRead"/>s) and leaves the prepared body in the node for every later run:
/// the body is prepared when it would have been, on its first call, not when the class is defined.
/// </summary>
internal sealed class MethodBodyPreparation(Node body, ClassDefinition owner) : Executable
{
    /// <summary>Puts a stand-in into <paramref name="body"/> unless the body is prepared already (a class defined again from the same text).</summary>
    public static void Install(Node body, ClassDefinition owner)
    {
        if (body.Prepared is null) body.Prepared = new MethodBodyPreparation(body, owner);
    }

    private static readonly Syntax.Symbol MethodHead = Syntax.Symbol.Intern("Method");

    /// <summary>
    /// Makes <paramref name="function"/>, when it was written <c>Method( ... )</c>, a method of
    /// <paramref name="owner"/> (its member names read the object's members); true when it is a
    /// method, now or already. A function written <c>Function( ... )</c> stays a plain function.
    /// </summary>
    public static bool Adopt(FunctionValue function, ClassDefinition owner, bool fastPaths)
    {
        if (function.OwnerClass is not null) return true;
        if (!ReferenceEquals(function.Definition.Head, MethodHead)) return false;
        function.OwnerClass = owner;
        if (fastPaths) Install(function.Body, owner);
        return true;
    }

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        if (ReferenceEquals(body.Prepared, this)) body.Prepared = null;
        return interpreter.PrepareMethodBody(body, owner).Run(interpreter, scope);
    }
}
