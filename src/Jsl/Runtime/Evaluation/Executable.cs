using Jsl.Runtime.Scopes;
using Jsl.Runtime.Values;

namespace Jsl.Runtime.Evaluation;

/// <summary>
/// A node prepared once for running: the interpreter keeps one in each node's <c>Prepared</c>
/// slot, so evaluating a node is one virtual call instead of a type switch, a table lookup and a
/// <see cref="CallContext"/> per evaluation. Hot call shapes (arithmetic on numbers, If, For,
/// assignments to names) get their own executables; everything else runs the built-in's body.
/// </summary>
internal abstract class Executable
{
    /// <summary>Evaluates the prepared node in <paramref name="scope"/>.</summary>
    public abstract Value Run(Interpreter interpreter, Scope scope);

    /// <summary>
    /// This executable as the last thing a function's body does, whose value is the call's result
    /// (the body, the last step of its <c>Glue</c>): one that runs cheaper there (a tail
    /// <c>Return</c>, which needs no signal), or itself. The node keeps this executable: only the
    /// function's call runs the other (<see cref="Interpreter.BodyOf"/>).
    /// </summary>
    internal virtual Executable InFunctionTail() => this;
}
