using Jsl.Runtime.Classes;
using Jsl.Runtime.Errors;
using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;
using Jsl.Syntax.Tree;

namespace Jsl.Runtime.Evaluation.Executables;

/// <summary>
/// <c>obj &lt;&lt; name(args)</c> prepared. When the receiver is an object, no built-in class message
/// has that name and the object's member of that name is a method, the method runs with the
/// prepared arguments, as the class objects' fallback (<c>ClassObjectMembers</c>) would run it;
/// every other send takes the message table's route with the receiver already evaluated, as the
/// <c>Send</c> built-in's body does.
/// </summary>
internal sealed class MethodSend(BuiltinEntry entry, CallNode send, Executable receiver, CallNode message, Executable[] args) : Executable
{
    /// <summary>A preparer for <c>&lt;&lt;</c> with a receiver and a message written as an unqualified call (not a list of messages).</summary>
    public static CallPreparer Preparer { get; } = static (interpreter, call, entry) =>
        call.Args is [var target, CallNode { Qualifier: null, HeadIsString: false } written] && !ReferenceEquals(written.Head, Heads.List)
            ? new MethodSend(entry, call, interpreter.Prepare(target), written, interpreter.PrepareArgs(written))
            : null;

    // Whether the class objects' rows name this message; the rows are fixed at start-up, so the
    // answer found on the first run holds for every later one (null: not looked up yet).
    private bool? _classMessage;

    // Where the receiver's member of the message's name was last found (ClassObject.MemberAt).
    private int _slot;

    public override Value Run(Interpreter interpreter, Scope scope)
    {
        DepthGuard.Enter(send);
        // The receiver too is evaluated inside the try, as the built-in's body evaluates it.
        try
        {
            var target = receiver.Run(interpreter, scope);
            if (target is ClassObject self
                && self.MemberAt(ref _slot, message.Head) is FunctionValue { OwnerClass: not null } method
                && !IsClassMessage(interpreter, self))
            {
                return interpreter.InvokeMethod(self, method, message, args, scope);
            }
            return interpreter.Builtins.Messages.Send(new CallContext(interpreter, send, scope), target, message);
        }
        catch (Exception e) when (Interpreter.IsBuiltinFailure(e))
        {
            throw Interpreter.BuiltinFailure(entry, e, send);
        }
    }

    private bool IsClassMessage(Interpreter interpreter, ClassObject self) =>
        _classMessage ??= interpreter.Builtins.Messages.Find(self)?.Find(message.Head) is not null;
}
