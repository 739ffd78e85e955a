using Jsl.Runtime.Classes;
using Jsl.Runtime.Evaluation.Messages;
using Jsl.Runtime.Values;

namespace Jsl.Builtins.Classes;

/// <summary>
/// The class object's fallback in the message table: a message no class message names is the
/// object's own member. A method (or function member) runs with the message's arguments,
/// evaluated in the sender's scope; any other member is read.
/// </summary>
internal static class ClassObjectMembers
{
    /// <summary>Answers <c>obj &lt;&lt; member</c>; null when the object has no such member.</summary>
    public static Value? Answer(MessageCall m)
    {
        var self = (ClassObject)m.Receiver;
        var call = m.Message.Call;
        if (call.Qualifier is not null || !self.Members.TryGet(call.Head, out var member)) return null;
        if (member is FunctionValue function)
        {
            return function.OwnerClass is null
                ? m.Send.Interpreter.Invoke(function, call.Args.Select(m.Message.Eval).ToList(), m.Send.Scope)
                : m.Send.Interpreter.InvokeMethod(self, function, call, m.Send.Scope);
        }
        // Decision: obj << member reads a member that is not a method, as JMP does (jsl-hamcrest's
        // JUnit reporter test reads its counters with reporter << n successes, and passes in JMP);
        // a member is not a function, so giving it arguments is an error.
        if (call.Args.Count > 0) throw m.Send.Error($"'{self.TextOf(call.Head)}' is a member of class \"{self.Class.Name}\", not a method, and takes no arguments");
        return member.CopyForAssignment();
    }
}
