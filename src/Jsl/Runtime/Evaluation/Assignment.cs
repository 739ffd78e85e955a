using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// Where an assigned value goes: the language's rule for assignment targets, shared by <c>=</c>,
/// the op-assignments, <c>++</c>, and every built-in that stores into a variable it was given
/// (<c>Insert Into</c>, <c>Eval Insert Into</c>, <c>Substitute Into</c>...).
/// </summary>
internal static class Assignment
{
    /// <summary>Stores a value into an assignment target: a name, a subscript, or a list of targets.</summary>
    public static void Store(CallContext c, Node target, Value value)
    {
        switch (target)
        {
            case NameNode name:
                c.Interpreter.AssignVariable(name, value.CopyForAssignment(), c.Scope);
                return;
            case CallNode call when ReferenceEquals(call.Head, Heads.Subscript) && call.Args.Count >= 2:
                var container = Subscripting.ContainerForUpdate(c, call.Args[0]);
                Subscripting.Set(c, container, Subscripting.EvalIndices(c, call), value);
                return;
            case CallNode call when ScopedNameCalls.IsScopedName(call):
                c.Interpreter.AssignVariable(ScopedNameCalls.Target(c, call), value.CopyForAssignment(), c.Scope);
                return;
            case CallNode call when ReferenceEquals(call.Head, Heads.List):
                for (var i = 0; i < call.Args.Count; i++)
                {
                    var item = value is ListValue list
                        ? (i < list.Count ? list.Items[i] : throw c.Error("list assignment: the lists are not the same length"))
                        : value;
                    Store(c, call.Args[i], item);
                }
                return;
            case CallNode call when call.Qualifier is null && c.Interpreter.Builtins.Find(call.Head)?.Assigner is { } assign:
                assign(new CallContext(c.Interpreter, call, c.Scope), value);
                return;
            default:
                throw Subscripting.NotAssignable(c);
        }
    }
}
