using Jsl.Builtins.Core;
using Jsl.Runtime.Evaluation;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Builtins.Collections;

/// <summary>
/// The first argument of the <c>... Into</c> functions (<c>Insert Into</c>, <c>Remove From</c>,
/// <c>Reverse Into</c>, <c>Shift Into</c>, <c>Sort List Into</c>): a variable (or a subscript of one)
/// whose stored container is changed in place, not a copy of it.
/// </summary>
internal static class InPlaceTarget
{
    /// <summary>The container stored in the variable written as argument 0.</summary>
    public static Value Container(CallContext c, string function)
    {
        c.RequireArg(0);
        var node = c.ArgNode(0);
        var isVariable = node is NameNode || (node is CallNode call && ReferenceEquals(call.Head, Heads.Subscript) && call.Qualifier is null);
        if (!isVariable) throw c.Error($"{function} requires a variable as its first argument");
        return Subscripting.ContainerForUpdate(c, node);
    }

    /// <summary>The list stored in the variable written as argument 0.</summary>
    public static ListValue List(CallContext c, string function) =>
        Container(c, function) as ListValue ?? throw c.Error($"{function} requires a list variable as its first argument");
}
